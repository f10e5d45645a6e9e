-- Schema version 21 changes no table: from it on, sync_blob.data may hold a Zstandard frame (level
-- 1) as well as qCompress's zlib form (core/sync/KeptBlob.h). The number says so to an older QDF
-- Workbench, which refuses a file newer than it rather than misreading the states it keeps.
SELECT 1;
