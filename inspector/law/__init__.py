"""The law as code: procedure rules, statutory deadlines on the working-day calendar, discretion, identity
numbers and the matter and benchmark catalogues. Pure functions and data: no database, no files, no Qt."""
