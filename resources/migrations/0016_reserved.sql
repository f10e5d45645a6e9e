-- Schema version 16 holds nothing: 14-16 were kept for work on other branches that landed as
-- schemas 17 and 18 instead, and files at those versions exist, so the numbers stay without a gap.
SELECT 1;
