"""Official holiday calendars (放假调休安排), one JSON file per year."""
