"""The law as code: article citations, named legal rules, amount rules and document preconditions."""
