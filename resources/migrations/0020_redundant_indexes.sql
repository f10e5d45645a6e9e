-- Schema version 20: two indexes that others already hold are dropped (issue 16).
--
-- contribution_item (item_id) is the first column of contribution_item_author (item_id, author),
-- and item_author_item (item_id) the first of item_author's UNIQUE (item_id, hash, author): every
-- query the narrower index served, the wider one serves. Each was one more B-tree every import
-- writes into at a place of its own (an answer's question, an item's id), so in a master of 400
-- participants a bundle's 42 answers touched some 56 more pages of contribution_item alone.
-- Nothing the tables hold changes.

DROP INDEX contribution_item;
DROP INDEX item_author_item;
