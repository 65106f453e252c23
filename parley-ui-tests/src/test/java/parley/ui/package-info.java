/** Browser tests of the workbench pages: real Chromium, real server, real data. */
package parley.ui;
