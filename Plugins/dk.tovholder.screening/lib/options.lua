-- Answer options shared by the screening flows: each list is { code, text } where the code is the points.
local M = {}

--- PHQ-9 and GAD-7: how often in the last 2 weeks (0-3).
M.two_weeks = {
  { 0, { da = "Slet ikke", en = "Not at all" } },
  { 1, { da = "Flere dage", en = "Several days" } },
  { 2, { da = "Mere end halvdelen af dagene", en = "More than half the days" } },
  { 3, { da = "Næsten hver dag", en = "Nearly every day" } },
}

--- AUDIT item 1, DUDIT items 1-2: how often (0-4).
M.use_frequency = {
  { 0, { da = "Aldrig", en = "Never" } },
  { 1, { da = "Én gang om måneden eller sjældnere", en = "Monthly or less" } },
  { 2, { da = "2-4 gange om måneden", en = "2 to 4 times a month" } },
  { 3, { da = "2-3 gange om ugen", en = "2 to 3 times a week" } },
  { 4, { da = "4 gange om ugen eller oftere", en = "4 or more times a week" } },
}

--- AUDIT items 3-8, DUDIT items 4-9: never to daily (0-4).
M.never_to_daily = {
  { 0, { da = "Aldrig", en = "Never" } },
  { 1, { da = "Sjældnere end én gang om måneden", en = "Less than monthly" } },
  { 2, { da = "Månedligt", en = "Monthly" } },
  { 3, { da = "Ugentligt", en = "Weekly" } },
  { 4, { da = "Dagligt eller næsten dagligt", en = "Daily or almost daily" } },
}

--- AUDIT items 9-10, DUDIT items 10-11: no / yes, but not in the last year / yes, in the last year (0, 2, 4).
M.no_yes_last_year = {
  { 0, { da = "Nej", en = "No" } },
  { 2, { da = "Ja, men ikke inden for det seneste år", en = "Yes, but not in the last year" } },
  { 4, { da = "Ja, inden for det seneste år", en = "Yes, during the last year" } },
}

--- ASRS-v1.1: never to very often (0-4).
M.never_to_very_often = {
  { 0, { da = "Aldrig", en = "Never" } },
  { 1, { da = "Sjældent", en = "Rarely" } },
  { 2, { da = "Somme tider", en = "Sometimes" } },
  { 3, { da = "Ofte", en = "Often" } },
  { 4, { da = "Meget ofte", en = "Very often" } },
}

--- Mini-SPIN: how much (0-4).
M.not_at_all_to_extremely = {
  { 0, { da = "Slet ikke", en = "Not at all" } },
  { 1, { da = "Lidt", en = "A little bit" } },
  { 2, { da = "En del", en = "Somewhat" } },
  { 3, { da = "Meget", en = "Very much" } },
  { 4, { da = "Ekstremt", en = "Extremely" } },
}

return M
