-- 0003: keep the raw text (as read, before cleaning) DEFLATE-compressed in
-- raw_z; raw stays for rows written before this migration and for short texts.
ALTER TABLE articles ADD COLUMN raw_z BLOB;
