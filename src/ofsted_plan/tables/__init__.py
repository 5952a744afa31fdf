"""The council's table written back from a plan (tsv_writer); reading is in importing/."""
