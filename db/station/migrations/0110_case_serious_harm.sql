-- Whether the act endangered citizens' life, health or financial security with harmful consequences (行政处罚法
-- 第三十六条: the limitation period is then five years, not two). Declared at 立案 (or at an on-the-spot
-- decision) and kept on the case, so that the decision, the deadline table and the case-file review use the
-- same limitation as the filing did.
ALTER TABLE cases ADD COLUMN serious_harm INTEGER NOT NULL DEFAULT 0 CHECK (serious_harm IN (0, 1));
