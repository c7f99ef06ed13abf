"""Storage: engine and pragmas, unit of work, migrations, queries. Nothing here knows Qt."""
