"""Discretion-benchmark catalogues (裁量基准), versioned JSON."""
