/**
 * Positions: each actor's stance (for, against, conditional) on each issue, derived from events
 * ({@link parley.core.positions.PositionTracker}), and how it moved over time, with the changes of
 * stance and the events or incidents behind them ({@link parley.core.positions.StanceHistory}).
 */
package parley.core.positions;
