-- Option lists and units shared by the ASI (EuropASI) flow's items.
local M = {}

local function t(da, en) return { da = da, en = en } end

--- Units shown after numeric answers.
M.units = {
  days = t("dage", "days"),
  years = t("år", "years"),
  months = t("måneder", "months"),
  times = t("gange", "times"),
  kroner = t("kr.", "DKK"),
  people = t("personer", "people"),
}

--- The patient rating scale (troubled / importance of help), 0-4.
M.rating = {
  { 0, t("Slet ikke", "Not at all") },
  { 1, t("Lidt", "Slightly") },
  { 2, t("Moderat", "Moderately") },
  { 3, t("Betydeligt", "Considerably") },
  { 4, t("Ekstremt", "Extremely") },
}

M.rating_help = t(
  "Borgerens egen vurdering. Læs skalaen op: 0 slet ikke, 1 lidt, 2 moderat, 3 betydeligt, 4 ekstremt.",
  "The patient's own rating. Read the scale aloud: 0 not at all, 1 slightly, 2 moderately, 3 considerably, 4 extremely."
)

local none = t("intet reelt problem, behandling ikke indiceret", "no real problem, treatment not indicated")
local slight = t("let problem, behandling formentlig ikke nødvendig", "slight problem, treatment probably not necessary")
local moderate = t("moderat problem, en vis behandling indiceret", "moderate problem, some treatment indicated")
local considerable = t("betydeligt problem, behandling nødvendig", "considerable problem, treatment necessary")
local extreme = t("ekstremt problem, behandling absolut nødvendig", "extreme problem, treatment absolutely necessary")

local function step(code, text)
  return { code, text }
end

--- The interviewer severity rating, 0-9 (the ASI's five steps of two points each).
M.severity = {
  step(0, none), step(1, none), step(2, slight), step(3, slight), step(4, moderate),
  step(5, moderate), step(6, considerable), step(7, considerable), step(8, extreme), step(9, extreme),
}

M.severity_help = t(
  "Interviewerens vurdering af behovet for (yderligere) behandling på området, ud fra borgerens svar og egen vurdering "
    .. "(0–1 intet reelt problem, 2–3 let, 4–5 moderat, 6–7 betydeligt, 8–9 ekstremt).",
  "The interviewer's rating of the need for (additional) treatment in this area, from the patient's answers and "
    .. "own ratings (0–1 no real problem, 2–3 slight, 4–5 moderate, 6–7 considerable, 8–9 extreme)."
)

--- Satisfaction with a situation (F3, F6, F10): 0 no, 1 indifferent, 2 yes.
M.satisfied = {
  { 0, t("Nej", "No") },
  { 1, t("Hverken/eller (ligeglad)", "Indifferent") },
  { 2, t("Ja", "Yes") },
}

--- Kinds of charge (L23, L25), coded with the ASI item number of the charge.
M.charges = {
  { 3, t("Butikstyveri eller hærværk", "Shoplifting or vandalism") },
  { 4, t("Overtrædelse af vilkår for prøveløsladelse eller tilsyn", "Parole or probation violation") },
  { 5, t("Narkotikakriminalitet", "Drug charges") },
  { 6, t("Dokumentfalsk", "Forgery") },
  { 7, t("Overtrædelse af våbenloven", "Weapons offence") },
  { 8, t("Indbrud eller tyveri", "Burglary, larceny, breaking and entering") },
  { 9, t("Røveri", "Robbery") },
  { 10, t("Vold", "Assault") },
  { 11, t("Brandstiftelse", "Arson") },
  { 12, t("Voldtægt", "Rape") },
  { 13, t("Manddrab", "Homicide or manslaughter") },
  { 14, t("Prostitutionsrelateret kriminalitet (fx rufferi)", "Prostitution-related offences (e.g. procuring)") },
  { 15, t("Overtrædelse af tilhold, opholdsforbud eller andre retslige påbud", "Contempt of court or breach of court orders") },
  { 16, t("Anden kriminalitet", "Other offences") },
  { 18, t("Gadeuorden, offentlig beruselse el.lign.", "Disorderly conduct, vagrancy, public intoxication") },
  { 19, t("Spiritus- eller narkokørsel", "Driving while intoxicated") },
  { 20, t("Grove færdselsforseelser", "Major driving violations") },
}

return M
