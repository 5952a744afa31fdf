"""The council's own tables: reading them into a plan, writing a plan back as one."""
