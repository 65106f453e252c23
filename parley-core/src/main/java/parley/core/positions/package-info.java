/** Positions: each actor's stance (for, against, conditional) on each issue, derived from events. */
package parley.core.positions;
