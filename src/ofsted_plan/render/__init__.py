"""Every output: terminal tables (rich), data (JSON, CSV), board papers; one registry of formats."""
