-- Schema 10: a contribution is found by its item and author. An import asks, for every answer a
-- participant sends, whether the same author sent the same text before; with only the item
-- indexed that read every participant's text of the item (the text column comes before the
-- author), a cost that grew with each participant already merged.
CREATE INDEX contribution_item_author ON contribution (item_id, author);
