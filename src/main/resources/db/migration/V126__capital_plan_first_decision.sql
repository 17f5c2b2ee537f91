-- The first version of a capital plan line may come without the number of its document (a report cites the capital
-- "giao" without naming the decision, as targets are); an adjustment still needs it, which the module checks.
alter table capital_plan alter column document_number drop not null;
