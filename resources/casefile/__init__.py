"""案卷评查 scoring models (veto tier, content and form points, grades), versioned JSON."""
