-- Schema version 16 is not taken yet (main is at 13); this
-- placeholder keeps the numbers without a gap on branch "cytext" until that migration lands, and goes with it.
SELECT 1;
