-- The language a user chose with the switch in the page header, so it follows them to their
-- next session and device.
ALTER TABLE account ADD COLUMN preferred_language VARCHAR(8);
