-- Schema v13 (issue 11): a sum said as a range ("十几万", "两三千") is kept as said. income_lost_yuan and
-- extra_medical_yuan keep the least of the range (grading and totals read it, as before); the new columns keep the most
-- (risk flags read it: help first). NULL there means one figure was said. unknown_fields lists the questions answered
-- "不知道" (comma-separated: when, house, crops, livestock, water, loss, medical, labour, deaths, injured), so an
-- unknown answer is never read back as "none".
ALTER TABLE reports ADD COLUMN income_lost_max_yuan INTEGER NULL;
ALTER TABLE reports ADD COLUMN extra_medical_max_yuan INTEGER NULL;
ALTER TABLE reports ADD COLUMN unknown_fields TEXT NULL;
