-- Schema version 15 belongs to another branch of issue 23's wave (workshop, privacy, cypack...); this
-- placeholder keeps the numbers without a gap on branch "cytext" until that migration lands, and goes with it.
SELECT 1;
