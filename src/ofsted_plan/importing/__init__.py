"""Reading the files councils have (text, CSV, Excel, Word) into a plan and a report of how
each table and row was read: importer.import_table is the one entry point."""
