-- Schema version 10 is issue 17's defended opening (branch "hostile"); this placeholder keeps the
-- numbers without a gap on the "sign" branch until that migration lands, and goes with it.
SELECT 1;
