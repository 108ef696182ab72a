-- A start stores its 40 form rows in one commit. The foreign key from a form row to its item
-- version made H2 keep an index on attempt_item.item_version_id; with 40 item versions spread over
-- the whole bank, each start changed some 40 pages of that index, and writing them cost about a
-- third of the start's database work (StartWriterBenchmark, rounds alternating: 2.45-4.4 ms of CPU
-- per start with it, 1.7-2.9 ms without). Nothing reads form rows by item version.
--
-- What the constraint guarded still holds: a form is drawn only from its session's frozen pool,
-- whose rows keep their foreign key to item_version (exam_session_pool_item_fk), and item
-- versions are never deleted.
ALTER TABLE attempt_item DROP CONSTRAINT attempt_item_version_fk;
