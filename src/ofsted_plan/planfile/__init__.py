"""The YAML plan people edit: read and check it, write it, edit it in place."""
