"""Qt item models over use-case results (one model per view, lazy loading for big tables)."""
