"""Plans on disk and in git: finding them, atomic locked writes, the cache, earlier versions."""
