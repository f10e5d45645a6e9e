-- Schema version 13: where a Catalyst rating came from (docs/workshop.md).
--  'live-phone'  given by the participant themselves from their own phone or laptop in a live
--                workshop (`qdf workshop serve`, the window's live session); changed_by is then
--                the participant, who held a token for that name;
--  NULL          typed in the grid or by `qdf catalyst rate`, or arrived with a contribution or an
--                update.
-- It is this workbook's own provenance: sync does not carry it, and a rating written again by any
-- other way goes back to NULL. No CHECK on the values, so a later way of giving a rating live is
-- one more value rather than a rebuilt table; CatalystStore writes only the values it knows.
ALTER TABLE catalyst_rating ADD COLUMN source TEXT;
