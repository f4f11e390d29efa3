"""The statistics in the official layouts: xlsx workbooks and the empty import template."""
