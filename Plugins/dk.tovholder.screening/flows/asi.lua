-- ASI (Addiction Severity Index, Danish EuropASI adaptation): the interview, composite scores and severity ratings.
local s = screening
local o = require("asi_options")

local function t(da, en) return { da = da, en = en } end

---------------------------------------------------------------------------------------------------
-- Item builders for the kinds of question the ASI asks again and again.

local function yesno(id, da, en, help)
  return s.yesno { id = id, text = t(da, en), help = help }
end

-- A yes/no the interviewer answers about the information itself; it may be skipped.
local function confidence(id, da, en)
  return s.yesno { id = id, text = t(da, en), optional = true }
end

local function days(id, da, en, help)
  return s.integer { id = id, text = t(da, en), help = help, min = 0, max = 30, unit = o.units.days }
end

local function times(id, da, en, help, max)
  return s.integer { id = id, text = t(da, en), help = help, min = 0, max = max or 99, unit = o.units.times }
end

local function kroner(id, da, en, help)
  return s.integer { id = id, text = t(da, en), help = help, min = 0, unit = o.units.kroner }
end

local function years(id, da, en, help, max)
  return s.integer { id = id, text = t(da, en), help = help, min = 0, max = max or 99, unit = o.units.years }
end

local function months(id, da, en, help, max)
  return s.integer { id = id, text = t(da, en), help = help, min = 0, max = max or 11, unit = o.units.months }
end

-- The patient rating 0-4 (how troubled, how important is help).
local function rating(id, da, en, help)
  return s.choice { id = id, text = t(da, en), help = help or o.rating_help, options = o.rating }
end

-- The interviewer severity rating 0-9.
local function severity(id, da, en)
  return s.choice { id = id, text = t(da, en), help = o.severity_help, options = o.severity }
end

-- A symptom or problem asked for the past 30 days (ID) and then for the whole life (ID_life); `%s` in
-- the texts is where the period goes. The composites use only the 30-day answer; a "yes" for the past
-- 30 days is also a "yes" for the whole life.
local function thirty_and_life(id, da, en, help)
  return yesno(id, da:format("inden for de sidste 30 dage"), en:format("in the past 30 days"), help),
    s.yesno {
      id = id .. "_life",
      text = t(da:format("nogensinde i dit liv"), en:format("ever")),
      help = help,
      validate = function(value, a)
        if value == 0 and a[id] == 1 then
          return t("Et ja for de sidste 30 dage er også et ja for hele livet.",
            "A yes for the past 30 days is also a yes for the whole life.")
        end
      end,
    }
end

local function not_zero(id)
  return function(a) return a[id] ~= 0 end
end

local function at_most(id, da, en)
  return function(value, a)
    if a[id] ~= nil and value > a[id] then return t(da, en) end
  end
end

-- The items of the sections' lists, in order.
local function list(...)
  local items = {}
  for _, part in ipairs({ ... }) do
    for _, item in ipairs(part) do items[#items + 1] = item end
  end
  return items
end

---------------------------------------------------------------------------------------------------
-- The seven problem areas: the composite's score id, the interviewer severity item, the names.

local AREAS = {
  { id = "medical", severity = "M9", name = t("Fysisk helbred", "Medical status") },
  { id = "employment", severity = "E22", name = t("Arbejde og forsørgelse", "Employment/support status") },
  { id = "alcohol", severity = "D32", name = t("Alkohol", "Alcohol use") },
  { id = "drug", severity = "D33", name = t("Stoffer", "Drug use") },
  { id = "legal", severity = "L30", name = t("Kriminalitet og retlige forhold", "Legal status") },
  { id = "family", severity = "F36", name = t("Familie og sociale relationer", "Family/social relationships") },
  { id = "psychiatric", severity = "P22", name = t("Psykisk helbred", "Psychiatric status") },
}

local SEVERITY_BANDS = { { 0, "none" }, { 2, "slight" }, { 4, "moderate" }, { 6, "considerable" }, { 8, "extreme" } }

local CHARGES = s.ids("L", 3, 16)

---------------------------------------------------------------------------------------------------
-- The composite scores: one function per area, so that a municipality can replace one area's
-- formula and keep the rest. These are the formulas of the US VA's public-domain VistA ASI, with
-- ASI-5 item ids, implemented literally (no caps on the logarithms; amounts are in kroner, so a
-- high income or spending can take a composite below 0 or above 1). ln(x) is s.ln: ln(x) when
-- x > 0, else 0. An area with any missing (or hidden) item in its formula has no composite (nil).

-- The values of the items, by id; nil when any of them has no value.
local function values(a, ids)
  local x = {}
  for _, id in ipairs(ids) do
    local v = s.value(a, id)
    if v == nil then return nil end
    x[id] = v
  end
  return x
end

local function total(x, ids)
  local sum = 0
  for _, id in ipairs(ids) do sum = sum + x[id] end
  return sum
end

local DRUG_DAYS = { "D3", "D4", "D5", "D6", "D7", "D8", "D9", "D10", "D11", "D13", "D27" }
local PSYCHIATRIC_SYMPTOMS = s.ids("P", 3, 10)
local FAMILY_PROBLEMS = s.ids("F", 18, 26)

local function joined(...)
  local ids = {}
  for _, part in ipairs({ ... }) do
    for _, id in ipairs(part) do ids[#ids + 1] = id end
  end
  return ids
end

-- The items each composite reads (built once, not per response).
local MEDICAL = { "M6", "M7", "M8" }
local EMPLOYMENT = { "E4", "E5", "E11", "E12" }
local ALCOHOL = { "D1", "D2", "D26", "D28", "D30", "D23" }
local DRUG = joined(DRUG_DAYS, { "D29", "D31" })
local LEGAL = { "L24", "L27", "L28", "L29", "E17" }
local FAMILY = joined({ "F3", "F30", "F32", "F34" }, FAMILY_PROBLEMS)
local PSYCHIATRIC = joined(PSYCHIATRIC_SYMPTOMS, { "P11", "P12", "P13" })

local function rated(id)
  return function(a) return s.value(a, id) end
end

local score = {
  -- Medical: M6/90 + M7/12 + M8/12
  medical = function(a)
    local x = values(a, MEDICAL)
    return x and s.round(x.M6 / 90 + x.M7 / 12 + x.M8 / 12, 4)
  end,

  -- Employment/support: 1 − (E4/4 + E5/4 + E11/120 + ln(E12)/36)
  employment = function(a)
    local x = values(a, EMPLOYMENT)
    return x and s.round(1 - (x.E4 / 4 + x.E5 / 4 + x.E11 / 120 + s.ln(x.E12) / 36), 4)
  end,

  -- Alcohol: D1/180 + D2/180 + D26/180 + D28/24 + D30/24 + ln(D23)/44
  alcohol = function(a)
    local x = values(a, ALCOHOL)
    return x and s.round(x.D1 / 180 + x.D2 / 180 + x.D26 / 180 + x.D28 / 24 + x.D30 / 24 + s.ln(x.D23) / 44, 4)
  end,

  -- Drugs: (D3+D4+D5+D6+D7+D8+D9+D10+D11+D13+D27)/390 + D29/52 + D31/52 (inhalants, D12, are not in it)
  drug = function(a)
    local x = values(a, DRUG)
    return x and s.round(total(x, DRUG_DAYS) / 390 + x.D29 / 52 + x.D31 / 52, 4)
  end,

  -- Legal: L24/5 + L27/150 + L28/20 + L29/20 + ln(E17)/46 (E17, illegal income, is asked under employment)
  legal = function(a)
    local x = values(a, LEGAL)
    return x and s.round(x.L24 / 5 + x.L27 / 150 + x.L28 / 20 + x.L29 / 20 + s.ln(x.E17) / 46, 4)
  end,

  -- Family/social: F3'/10 + F30/150 + F32/20 + F34/20 + mean(F18..F26)/5, where F3' = 2 − F3
  -- (F3: 0 not satisfied with the marital situation, 1 indifferent, 2 satisfied).
  family = function(a)
    local x = values(a, FAMILY)
    if x == nil then return nil end
    local mean = total(x, FAMILY_PROBLEMS) / #FAMILY_PROBLEMS
    return s.round((2 - x.F3) / 10 + x.F30 / 150 + x.F32 / 20 + x.F34 / 20 + mean / 5, 4)
  end,

  -- Psychiatric: (P3+P4+P5+P6+P7+P8+P9+P10)/11 + P11/330 + P12/44 + P13/44
  psychiatric = function(a)
    local x = values(a, PSYCHIATRIC)
    return x and s.round(total(x, PSYCHIATRIC_SYMPTOMS) / 11 + x.P11 / 330 + x.P12 / 44 + x.P13 / 44, 4)
  end,

  -- The interviewer severity ratings as they were given, 0-9.
  medical_severity = rated("M9"),
  employment_severity = rated("E22"),
  alcohol_severity = rated("D32"),
  drug_severity = rated("D33"),
  legal_severity = rated("L30"),
  family_severity = rated("F36"),
  psychiatric_severity = rated("P22"),
}

---------------------------------------------------------------------------------------------------
-- Declared scores and labels, from the areas.

local scores, labels = {}, {
  none = t("Intet reelt problem (0–1)", "No real problem (0–1)"),
  slight = t("Let problem (2–3)", "Slight problem (2–3)"),
  moderate = t("Moderat problem (4–5)", "Moderate problem (4–5)"),
  considerable = t("Betydeligt problem (6–7)", "Considerable problem (6–7)"),
  extreme = t("Ekstremt problem (8–9)", "Extreme problem (8–9)"),
}
for _, area in ipairs(AREAS) do
  -- No min/max: the literal formulas are not capped (see above), so 0-1 is not guaranteed.
  scores[#scores + 1] = {
    id = area.id,
    text = t("Sammensat score: " .. area.name.da, "Composite score: " .. area.name.en),
    decimals = 4,
  }
end
for _, area in ipairs(AREAS) do
  scores[#scores + 1] = {
    id = area.id .. "_severity",
    text = t("Interviewerens vurdering: " .. area.name.da, "Interviewer severity rating: " .. area.name.en),
    min = 0,
    max = 9,
    decimals = 0,
  }
  labels[area.id .. "_considerable"] = t(
    area.name.da .. ": interviewerens vurdering er på eller over grænsen (normalt 6, betydeligt problem)",
    area.name.en .. ": the interviewer severity rating is at or above the cut-off (usually 6, considerable problem)")
  labels[area.id .. "_worse"] = t(area.name.da .. ": den sammensatte score er steget siden første ASI",
    area.name.en .. ": the composite score has risen since the first ASI")
end

---------------------------------------------------------------------------------------------------
-- The interview.

local general = {
  s.section {
    id = "general",
    text = t("ASI – generelle oplysninger", "ASI – general information"),
    help = t(
      "Interviewet dækker syv områder og spørger til de sidste 30 dage og til hele livet, som det står i hvert spørgsmål. "
        .. "Borgeren vurderer selv sine problemer og behovet for hjælp på en skala fra 0 (slet ikke) til 4 (ekstremt). "
        .. "Borgeren må gerne lade være med at svare; et område med et manglende svar får ingen sammensat score.",
      "The interview covers seven areas and asks about the past 30 days and the whole life, as each question says. "
        .. "The patient rates their own problems and need for help from 0 (not at all) to 4 (extremely). "
        .. "The patient may decline to answer; an area with a missing answer gets no composite score."
    ),
  },
  years("G14", "Hvor længe har du boet på din nuværende adresse? (år)", "How long have you lived at your current address? (years)"),
  months("G14_months", "… og hvor mange måneder derudover?", "… and how many months besides?"),
  yesno("G15", "Ejes boligen af dig eller din familie?", "Is this residence owned by you or your family?"),
  s.choice {
    id = "G19",
    text = t("Har du inden for de sidste 30 dage været et sted, hvor du ikke frit kunne få alkohol eller stoffer?",
      "Have you been in a controlled environment in the past 30 days?"),
    help = t("Et kontrolleret miljø er et sted med begrænset adgang til alkohol og stoffer.",
      "A controlled environment is a place where access to alcohol and drugs is restricted."),
    options = {
      { 1, t("Nej", "No") },
      { 2, t("Fængsel eller arrest", "Jail or prison") },
      { 3, t("Døgnbehandling for alkohol eller stoffer", "Alcohol or drug treatment") },
      { 4, t("Somatisk hospital", "Medical treatment") },
      { 5, t("Psykiatrisk afdeling", "Psychiatric treatment") },
      { 6, t("Andet", "Other") },
    },
  },
  s.integer {
    id = "G20",
    text = t("Hvor mange dage?", "How many days?"),
    min = 1,
    max = 30,
    unit = o.units.days,
    visible = function(a) return a.G19 ~= 1 end,
  },
}

local medical = {
  s.section { id = "medical", text = t("Fysisk helbred", "Medical status") },
  times("M1", "Hvor mange gange i dit liv har du været indlagt på hospital for fysiske sygdomme eller skader?",
    "How many times in your life have you been hospitalised for medical problems?",
    t("Medregn overdoser og delirium tremens. Medregn ikke afrusning, alkohol- eller stofbehandling, psykiatriske "
      .. "indlæggelser og ukomplicerede fødsler.",
      "Include overdoses and DTs. Exclude detox, alcohol or drug treatment, psychiatric treatment and uncomplicated childbirth.")),
  s.integer {
    id = "M2",
    text = t("Hvor længe er det siden, du sidst var indlagt for et fysisk problem? (år)",
      "How long ago was your last hospitalisation for a physical problem? (years)"),
    min = 0,
    max = 99,
    unit = o.units.years,
    visible = not_zero("M1"),
  },
  s.integer {
    id = "M2_months",
    text = t("… og hvor mange måneder derudover?", "… and how many months besides?"),
    min = 0,
    max = 11,
    unit = o.units.months,
    visible = not_zero("M1"),
  },
  yesno("M3", "Har du en kronisk sygdom eller fysisk lidelse, som fortsat påvirker dit liv?",
    "Do you have any chronic medical problems which continue to interfere with your life?",
    t("En alvorlig fysisk tilstand, der kræver løbende behandling, fx diabetes, hjertesygdom, hepatitis C, epilepsi "
      .. "eller kroniske smerter.",
      "A serious physical condition that needs continuing care, e.g. diabetes, heart disease, hepatitis C, epilepsy "
        .. "or chronic pain.")),
  yesno("M4", "Tager du fast medicin, som en læge har ordineret for en fysisk sygdom?",
    "Are you taking any prescribed medication on a regular basis for a physical problem?",
    t("Kun medicin mod fysiske lidelser – ikke metadon, buprenorfin, antabus eller psykofarmaka.",
      "Medication for physical problems only – not methadone, buprenorphine, disulfiram or psychiatric medication.")),
  yesno("M5", "Modtager du pension på grund af en fysisk sygdom eller et fysisk handicap?",
    "Do you receive a pension for a physical disability?",
    t("Fx førtidspension tilkendt på grund af en fysisk lidelse. Pension tilkendt på grund af psykisk sygdom tæller ikke.",
      "E.g. a disability pension granted for a physical condition. A pension granted for a psychiatric disability does not count.")),
  days("M6", "Hvor mange dage inden for de sidste 30 dage har du haft fysiske helbredsproblemer?",
    "How many days have you experienced medical problems in the past 30 days?",
    t("Medregn influenza, forkølelse o.l. og alvorlige følger af alkohol eller stoffer, som ville vare ved, selv om du "
      .. "holdt op (fx skrumpelever eller bylder efter injektioner). Medregn ikke abstinenser eller rus.",
      "Include flu, colds etc. and serious conditions caused by alcohol or drugs that would continue even if you stopped "
        .. "(e.g. cirrhosis, abscesses from injecting). Do not include withdrawal or intoxication.")),
  rating("M7", "Hvor meget har du været plaget af disse fysiske problemer inden for de sidste 30 dage?",
    "How troubled or bothered have you been by these medical problems in the past 30 days?"),
  rating("M8", "Hvor vigtigt er det for dig nu at få behandling for disse fysiske problemer?",
    "How important to you now is treatment for these medical problems?",
    t("Får borgeren allerede behandling, gælder spørgsmålet behovet for yderligere behandling. " .. o.rating_help.da,
      "If the patient is already receiving treatment, this is about the need for additional treatment. " .. o.rating_help.en)),
  severity("M9", "Interviewerens vurdering: Hvor stort er borgerens behov for (yderligere) lægelig behandling?",
    "Interviewer severity rating: how severe is the patient's need for (additional) medical treatment?"),
  confidence("M10", "Interviewer: Er oplysningerne væsentligt forvrænget, fordi borgeren har givet et forkert billede?",
    "Interviewer: is the information significantly distorted by the patient's misrepresentation?"),
  confidence("M11", "Interviewer: Er oplysningerne væsentligt forvrænget, fordi borgeren ikke har kunnet forstå spørgsmålene?",
    "Interviewer: is the information significantly distorted by the patient's inability to understand?"),
}

local employment = {
  s.section { id = "employment", text = t("Arbejde og forsørgelse", "Employment/support status") },
  years("E1", "Hvor mange års skolegang og uddannelse har du gennemført i alt?",
    "How many years of education have you completed?",
    t("Grundskole, ungdomsuddannelse og videregående uddannelse; kun fuldførte år.",
      "School, upper secondary and higher education; completed years only."), 30),
  months("E2", "Hvor mange måneders erhvervsuddannelse eller anden faglig uddannelse har du gennemført?",
    "How many months of training or technical education have you completed?", nil, 600),
  yesno("E3", "Har du et fag eller en faglig kvalifikation, du kan arbejde med?", "Do you have a profession, trade or skill?"),
  yesno("E4", "Har du et gyldigt kørekort?", "Do you have a valid driver's licence?",
    t("Et kørekort, der hverken er frakendt eller udløbet.", "A licence that is neither suspended nor expired.")),
  yesno("E5", "Har du en bil til rådighed?", "Do you have an automobile available for use?",
    t("Ja kun, hvis du jævnligt kan bruge bilen; om du ejer den, er underordnet. Har du ikke gyldigt kørekort, er svaret nej.",
      "Yes only if you can use it regularly, whether or not you own it. Without a valid driver's licence the answer is no.")),
  years("E6", "Hvor længe varede dit længste fuldtidsjob? (år)", "How long was your longest full-time job? (years)", nil, 60),
  months("E6_months", "… og hvor mange måneder derudover?", "… and how many months besides?"),
  s.text {
    id = "E7",
    text = t("Hvad er (eller var) dit sædvanlige erhverv?", "What is (or was) your usual or last occupation?"),
    max_length = 200,
    optional = true,
  },
  yesno("E8", "Bidrager nogen (partner, familie, venner) til at forsørge dig?",
    "Does someone contribute to your support in any way?",
    t("Fx med bolig, mad eller penge. Offentlige ydelser tæller ikke.", "E.g. housing, food or money. Public benefits do not count.")),
  s.yesno {
    id = "E9",
    text = t("Udgør det størstedelen af det, du lever af?", "Does this constitute the majority of your support?"),
    visible = not_zero("E8"),
  },
  s.choice {
    id = "E10",
    text = t("Hvordan har din beskæftigelse sædvanligvis været de sidste 3 år?", "Usual employment pattern, past three years"),
    help = t("Vælg det, der har fyldt mest i perioden.", "Choose what took up most of the period."),
    options = {
      { 1, t("Fuldtid (35 timer om ugen eller mere)", "Full time (35+ hours a week)") },
      { 2, t("Deltid, faste timer", "Part time, regular hours") },
      { 3, t("Deltid, uregelmæssigt (løsarbejde, vikar)", "Part time, irregular (day work)") },
      { 4, t("Studerende eller under uddannelse", "Student") },
      { 5, t("Militærtjeneste", "Military service") },
      { 6, t("Pensionist eller førtidspensionist", "Retired or disability") },
      { 7, t("Ledig", "Unemployed") },
      { 8, t("Kontrolleret miljø (fængsel, institution, døgnbehandling)", "In a controlled environment") },
    },
  },
  days("E11", "Hvor mange dage inden for de sidste 30 dage har du fået løn for at arbejde?",
    "How many days were you paid for working in the past 30 days?",
    t("Medregn betalt ferie og sygdom og arbejde, der ikke er opgivet til skat.",
      "Include paid sick days and vacation, and work paid 'under the table'.")),
  s.section {
    id = "income",
    text = t("Hvor mange penge har du fået inden for de sidste 30 dage fra hver af følgende kilder? (kr. efter skat)",
      "How much money did you receive from each of the following sources in the past 30 days? (DKK, net)"),
  },
  kroner("E12", "Løn fra arbejde (efter skat), sidste 30 dage", "Employment (net income), past 30 days"),
  kroner("E13", "Arbejdsløshedsdagpenge, sidste 30 dage", "Unemployment compensation, past 30 days"),
  kroner("E14", "Kontanthjælp, uddannelseshjælp eller anden offentlig forsørgelse, sidste 30 dage",
    "Welfare or social assistance, past 30 days"),
  kroner("E15", "Pension, sygedagpenge, SU eller andre ydelser, sidste 30 dage",
    "Pensions, benefits or social security, past 30 days"),
  kroner("E16", "Penge fra partner, familie eller venner til eget forbrug, sidste 30 dage",
    "Mate, family or friends (money for personal expenses), past 30 days"),
  kroner("E17", "Ulovlige indtægter, sidste 30 dage", "Illegal income, past 30 days",
    t("Fx salg af stoffer, tyveri, hæleri eller bedrageri.", "E.g. drug dealing, theft, selling stolen goods or fraud.")),
  s.integer {
    id = "E18",
    text = t("Hvor mange personer er afhængige af dig for det meste af deres mad, bolig osv.?",
      "How many people depend on you for the majority of their food, shelter, etc.?"),
    min = 0,
    max = 20,
    unit = o.units.people,
  },
  days("E19", "Hvor mange dage inden for de sidste 30 dage har du haft problemer med arbejde eller beskæftigelse?",
    "How many days have you experienced employment problems in the past 30 days?",
    t("Medregn dage, hvor du aktivt søgte arbejde uden at finde noget, eller hvor dit job var truet.",
      "Include days of actively looking for work without finding it, or of problems that put your job at risk.")),
  rating("E20", "Hvor meget har du været plaget af disse problemer med arbejde inden for de sidste 30 dage?",
    "How troubled or bothered have you been by these employment problems in the past 30 days?"),
  rating("E21", "Hvor vigtigt er det for dig nu at få rådgivning om disse problemer med arbejde?",
    "How important to you now is counselling for these employment problems?",
    t("Hjælp til at finde eller forberede sig på et job – ikke økonomisk hjælp. " .. o.rating_help.da,
      "Help finding or preparing for a job – not financial help. " .. o.rating_help.en)),
  severity("E22", "Interviewerens vurdering: Hvor stort er borgerens behov for rådgivning om arbejde og beskæftigelse?",
    "Interviewer severity rating: how severe is the patient's need for employment counselling?"),
  confidence("E23", "Interviewer: Er oplysningerne væsentligt forvrænget, fordi borgeren har givet et forkert billede?",
    "Interviewer: is the information significantly distorted by the patient's misrepresentation?"),
  confidence("E24", "Interviewer: Er oplysningerne væsentligt forvrænget, fordi borgeren ikke har kunnet forstå spørgsmålene?",
    "Interviewer: is the information significantly distorted by the patient's inability to understand?"),
}

local SUBSTANCES = {
  { id = "D1", text = t("Alkohol – alt brug", "Alcohol – any use at all") },
  { id = "D2", text = t("Alkohol – til beruselse", "Alcohol – to intoxication") },
  { id = "D3", text = t("Heroin", "Heroin") },
  { id = "D4", text = t("Metadon", "Methadone") },
  { id = "D5", text = t("Andre opioider og smertestillende (fx morfin, oxycodon, tramadol, buprenorfin, kodein)",
    "Other opiates and analgesics (e.g. morphine, oxycodone, tramadol, buprenorphine, codeine)") },
  { id = "D6", text = t("Barbiturater", "Barbiturates") },
  { id = "D7", text = t("Andre beroligende midler og sovemidler (fx benzodiazepiner)",
    "Other sedatives, hypnotics or tranquillisers (e.g. benzodiazepines)") },
  { id = "D8", text = t("Kokain (også crack)", "Cocaine (including crack)") },
  { id = "D9", text = t("Amfetamin (også metamfetamin)", "Amphetamines (including methamphetamine)") },
  { id = "D10", text = t("Cannabis (hash, pot, skunk)", "Cannabis") },
  { id = "D11", text = t("Hallucinogener (fx LSD, svampe, ecstasy)", "Hallucinogens (e.g. LSD, mushrooms, ecstasy)") },
  { id = "D12", text = t("Inhalanter (fx opløsningsmidler, lightergas, lattergas)", "Inhalants (e.g. solvents, gas, nitrous oxide)") },
  { id = "D13", text = t("Mere end ét stof om dagen (alkohol medregnet)", "More than one substance per day (including alcohol)") },
}

local drugs = {
  s.section { id = "drugs", text = t("Alkohol og stoffer", "Drug/alcohol use") },
  s.grid {
    id = "D_substances",
    text = t("Hvor mange dage inden for de sidste 30 dage har du brugt følgende – og hvor mange år af dit liv har du brugt "
      .. "det regelmæssigt?",
      "How many days in the past 30 have you used the following – and for how many years of your life regularly?"),
    help = t("Regelmæssigt: mindst 3 dage om ugen, eller gentagne perioder med massivt brug i 2 dage eller mere. "
      .. "Beruselse: typisk 5 genstande eller flere ad gangen. Medicin tæller, når den ikke er ordineret eller bruges ud "
      .. "over det ordinerede; metadon tæller også, når det er ordineret.",
      "Regular use: 3 or more days a week, or repeated binges of 2 days or more. Intoxication: usually 5 or more drinks "
        .. "at a time. Medication counts when not prescribed or used beyond the prescription; methadone counts even "
        .. "when prescribed."),
    rows = SUBSTANCES,
    columns = {
      { suffix = "", text = t("Dage, sidste 30", "Days, past 30"), min = 0, max = 30 },
      { suffix = "_years", text = t("År med regelmæssigt brug", "Years of regular use"), min = 0, max = 99 },
    },
  },
  s.choice {
    id = "D14",
    text = t("Hvilket stof er dit største problem?", "Which substance is the major problem?"),
    help = t("Afgør det sammen med borgeren. Brug 'alkohol og stoffer' eller 'flere stoffer', når det ikke kan skilles ad.",
      "Decide with the patient. Use 'alcohol and drugs' or 'polydrug' when they cannot be told apart."),
    options = {
      { 0, t("Ingen problemer", "No problem") },
      { 1, t("Alkohol", "Alcohol") },
      { 2, t("Alkohol til beruselse", "Alcohol to intoxication") },
      { 3, t("Heroin", "Heroin") },
      { 4, t("Metadon", "Methadone") },
      { 5, t("Andre opioider og smertestillende", "Other opiates/analgesics") },
      { 6, t("Barbiturater", "Barbiturates") },
      { 7, t("Andre beroligende midler og sovemidler", "Other sedatives/hypnotics/tranquillisers") },
      { 8, t("Kokain", "Cocaine") },
      { 9, t("Amfetamin", "Amphetamines") },
      { 10, t("Cannabis", "Cannabis") },
      { 11, t("Hallucinogener", "Hallucinogens") },
      { 12, t("Inhalanter", "Inhalants") },
      { 15, t("Alkohol og et eller flere stoffer", "Alcohol and one or more drugs") },
      { 16, t("Flere stoffer", "Polydrug") },
    },
  },
  s.integer {
    id = "D15",
    text = t("Hvor lang var din seneste periode med frivillig afholdenhed fra dette stof? (måneder)",
      "How long was your last period of voluntary abstinence from this major substance? (months)"),
    help = t("Frivillig: ikke fordi du var i fængsel, indlagt el.lign. 0 = aldrig afholdende.",
      "Voluntary: not because you were in prison, hospital or the like. 0 = never abstinent."),
    min = 0,
    max = 600,
    unit = o.units.months,
    visible = not_zero("D14"),
  },
  s.integer {
    id = "D16",
    text = t("Hvor mange måneder er det siden, den periode sluttede?", "How many months ago did this abstinence end?"),
    help = t("0 = du er stadig afholdende.", "0 = still abstinent."),
    min = 0,
    max = 600,
    unit = o.units.months,
    visible = function(a) return a.D14 ~= 0 and a.D15 ~= 0 end,
  },
  times("D17", "Hvor mange gange har du haft delirium tremens?", "How many times have you had alcohol DTs?",
    t("Delirium tremens: forvirring, rysten og hallucinationer 1–3 døgn efter ophør med at drikke.",
      "Delirium tremens: confusion, shaking and hallucinations 1–3 days after stopping drinking.")),
  times("D18", "Hvor mange gange har du taget en overdosis af stoffer?", "How many times have you overdosed on drugs?",
    t("En overdosis, hvor andre måtte gribe ind, for at du kom dig – ikke blot at sove rusen ud. Selvmordsforsøg med "
      .. "overdosis medregnes.",
      "An overdose that needed someone's intervention to recover, not just sleeping it off. Include suicide attempts by overdose.")),
  times("D19", "Hvor mange gange i dit liv har du været i behandling for alkoholproblemer?",
    "How many times in your life have you been treated for alcohol abuse?",
    t("Al slags behandling: afrusning, ambulant behandling, døgnbehandling og AA (mindst 3 møder inden for en måned).",
      "Any treatment: detox, outpatient, residential and AA (3 or more meetings within one month).")),
  times("D20", "Hvor mange gange i dit liv har du været i behandling for stofproblemer?",
    "How many times in your life have you been treated for drug abuse?",
    t("Al slags behandling: afgiftning, ambulant behandling, døgnbehandling og NA (mindst 3 møder inden for en måned).",
      "Any treatment: detox, outpatient, residential and NA (3 or more meetings within one month).")),
  s.integer {
    id = "D21",
    text = t("Hvor mange af alkoholbehandlingerne var kun afrusning?", "How many of these alcohol treatments were detox only?"),
    min = 0,
    max = 99,
    unit = o.units.times,
    visible = not_zero("D19"),
    validate = at_most("D19", "Kan ikke være flere end behandlingerne for alkoholproblemer i alt.",
      "Cannot be more than the alcohol treatments in all."),
  },
  s.integer {
    id = "D22",
    text = t("Hvor mange af stofbehandlingerne var kun afgiftning?", "How many of these drug treatments were detox only?"),
    min = 0,
    max = 99,
    unit = o.units.times,
    visible = not_zero("D20"),
    validate = at_most("D20", "Kan ikke være flere end behandlingerne for stofproblemer i alt.",
      "Cannot be more than the drug treatments in all."),
  },
  kroner("D23", "Hvor mange penge har du brugt på alkohol inden for de sidste 30 dage?",
    "How much money would you say you spent on alcohol in the past 30 days?",
    t("Kun hvad du faktisk selv har betalt.", "Only money actually spent.")),
  kroner("D24", "Hvor mange penge har du brugt på stoffer inden for de sidste 30 dage?",
    "How much money would you say you spent on drugs in the past 30 days?",
    t("Kun hvad du faktisk selv har betalt.", "Only money actually spent.")),
  days("D25", "Hvor mange dage inden for de sidste 30 dage har du været i ambulant behandling for alkohol eller stoffer?",
    "How many days have you been treated as an outpatient for alcohol or drugs in the past 30 days?",
    t("Medregn AA- og NA-møder.", "Include AA and NA meetings.")),
  days("D26", "Hvor mange dage inden for de sidste 30 dage har du haft alkoholproblemer?",
    "How many days in the past 30 have you experienced alcohol problems?",
    t("Fx trang, abstinenser, ubehagelige virkninger af at drikke eller at ville holde op uden at kunne.",
      "E.g. craving, withdrawal, disturbing effects of drinking, or wanting to stop and being unable to.")),
  days("D27", "Hvor mange dage inden for de sidste 30 dage har du haft stofproblemer?",
    "How many days in the past 30 have you experienced drug problems?",
    t("Fx trang, abstinenser, ubehagelige virkninger af stofferne eller at ville holde op uden at kunne.",
      "E.g. craving, withdrawal, disturbing effects of use, or wanting to stop and being unable to.")),
  rating("D28", "Hvor meget har du været plaget af alkoholproblemer inden for de sidste 30 dage?",
    "How troubled or bothered have you been by alcohol problems in the past 30 days?"),
  rating("D29", "Hvor meget har du været plaget af stofproblemer inden for de sidste 30 dage?",
    "How troubled or bothered have you been by drug problems in the past 30 days?"),
  rating("D30", "Hvor vigtigt er det for dig nu at få behandling for alkoholproblemer?",
    "How important to you now is treatment for alcohol problems?"),
  rating("D31", "Hvor vigtigt er det for dig nu at få behandling for stofproblemer?",
    "How important to you now is treatment for drug problems?"),
  severity("D32", "Interviewerens vurdering: Hvor stort er borgerens behov for behandling for alkoholproblemer?",
    "Interviewer severity rating: how severe is the patient's need for alcohol treatment?"),
  severity("D33", "Interviewerens vurdering: Hvor stort er borgerens behov for behandling for stofproblemer?",
    "Interviewer severity rating: how severe is the patient's need for drug treatment?"),
  confidence("D34", "Interviewer: Er oplysningerne væsentligt forvrænget, fordi borgeren har givet et forkert billede?",
    "Interviewer: is the information significantly distorted by the patient's misrepresentation?"),
  confidence("D35", "Interviewer: Er oplysningerne væsentligt forvrænget, fordi borgeren ikke har kunnet forstå spørgsmålene?",
    "Interviewer: is the information significantly distorted by the patient's inability to understand?"),
}

local CHARGE_ROWS = {}
for _, option in ipairs(o.charges) do
  if option[1] <= 16 then CHARGE_ROWS[#CHARGE_ROWS + 1] = { id = "L" .. option[1], text = option[2] } end
end

local function charged(da, en)
  return "Hvor mange gange i dit liv er du blevet sigtet for " .. da, "How many times in your life have you been charged with " .. en
end

local legal = {
  s.section { id = "legal", text = t("Kriminalitet og retlige forhold", "Legal status") },
  yesno("L1", "Er du kommet i behandling efter opfordring eller krav fra politi, anklagemyndighed, domstol eller Kriminalforsorgen?",
    "Was this admission prompted or suggested by the criminal justice system?",
    t("Fx dom med vilkår om behandling eller en aftale med Kriminalforsorgen.",
      "E.g. a sentence with a treatment condition or an agreement with the Prison and Probation Service.")),
  yesno("L2", "Er du prøveløsladt eller under tilsyn af Kriminalforsorgen?", "Are you on parole or probation?"),
  s.grid {
    id = "L_charges",
    text = t("Hvor mange gange i dit liv er du blevet sigtet for følgende?",
      "How many times in your life have you been arrested and charged with the following?"),
    help = t("Tæl alle sigtelser, ikke kun domme. Forhold fra før den kriminelle lavalder (15 år) tæller ikke.",
      "Count all charges, not only convictions. Do not count acts before the age of criminal responsibility (15)."),
    rows = CHARGE_ROWS,
    columns = { { suffix = "", text = t("Antal gange", "Times"), min = 0, max = 999 } },
  },
  s.integer {
    id = "L17",
    text = t("Hvor mange af disse sigtelser endte med en dom?", "How many of these charges resulted in convictions?"),
    min = 0,
    max = 999,
    unit = o.units.times,
    visible = function(a) return (s.sum(a, CHARGES) or 1) > 0 end,
    validate = function(value, a)
      local charges = s.sum(a, CHARGES)
      if charges ~= nil and value > charges then
        return t("Kan ikke være flere end sigtelserne i alt.", "Cannot be more than the charges in all.")
      end
    end,
  },
  s.integer {
    id = "L18",
    text = t(charged("gadeuorden, offentlig beruselse el.lign.?", "disorderly conduct, vagrancy or public intoxication?")),
    min = 0,
    max = 999,
    unit = o.units.times,
  },
  s.integer {
    id = "L19",
    text = t(charged("spiritus- eller narkokørsel?", "driving while intoxicated?")),
    min = 0,
    max = 999,
    unit = o.units.times,
  },
  s.integer {
    id = "L20",
    text = t(charged("grove færdselsforseelser (fx kørsel uden kørekort eller hensynsløs kørsel)?",
      "major driving violations (e.g. driving without a licence, reckless driving)?")),
    min = 0,
    max = 999,
    unit = o.units.times,
  },
  months("L21", "Hvor mange måneder har du i alt været fængslet i dit liv?",
    "How many months were you incarcerated in your life?",
    t("Medregn varetægtsfængsling. 2 uger eller mere rundes op til en måned.",
      "Include custody on remand. 2 weeks or more counts as a month."), 999),
  s.integer {
    id = "L22",
    text = t("Hvor længe varede din seneste fængsling? (måneder)", "How long was your last incarceration? (months)"),
    min = 0,
    max = 999,
    unit = o.units.months,
    visible = not_zero("L21"),
  },
  s.choice {
    id = "L23",
    text = t("Hvad var den seneste fængsling for?", "What was the last incarceration for?"),
    help = t("Ved flere forhold: det alvorligste.", "If several charges: the most serious."),
    options = o.charges,
    visible = not_zero("L21"),
  },
  yesno("L24", "Venter du i øjeblikket på en sigtelse, en retssag eller en dom?",
    "Are you presently awaiting charges, trial or sentence?"),
  s.choice {
    id = "L25",
    text = t("Hvad for?", "What for?"),
    help = t("Ved flere forhold: det alvorligste.", "If several charges: the most serious."),
    options = o.charges,
    visible = not_zero("L24"),
  },
  days("L26", "Hvor mange dage inden for de sidste 30 dage har du været anholdt, i arrest eller fængslet?",
    "How many days in the past 30 were you detained or incarcerated?"),
  days("L27", "Hvor mange dage inden for de sidste 30 dage har du begået ulovlige handlinger for at tjene penge?",
    "How many days in the past 30 have you engaged in illegal activities for profit?",
    t("Medregn salg af stoffer, tyveri, hæleri o.l. Medregn ikke besiddelse af stoffer til eget brug.",
      "Include drug dealing, theft, selling stolen goods and the like. Exclude simple possession for own use.")),
  rating("L28", "Hvor alvorlige synes du, dine nuværende retlige problemer er?",
    "How serious do you feel your present legal problems are?",
    t("Kun strafferetlige forhold, ikke civile sager som skilsmisse eller gæld. " .. o.rating_help.da,
      "Criminal matters only, not civil ones such as divorce or debt. " .. o.rating_help.en)),
  rating("L29", "Hvor vigtigt er det for dig nu at få rådgivning eller henvisning for disse retlige problemer?",
    "How important to you now is counselling or referral for these legal problems?"),
  severity("L30", "Interviewerens vurdering: Hvor stort er borgerens behov for juridisk rådgivning eller bistand?",
    "Interviewer severity rating: how severe is the patient's need for legal services or counselling?"),
  confidence("L31", "Interviewer: Er oplysningerne væsentligt forvrænget, fordi borgeren har givet et forkert billede?",
    "Interviewer: is the information significantly distorted by the patient's misrepresentation?"),
  confidence("L32", "Interviewer: Er oplysningerne væsentligt forvrænget, fordi borgeren ikke har kunnet forstå spørgsmålene?",
    "Interviewer: is the information significantly distorted by the patient's inability to understand?"),
}

local RELATION_HELP = t(
  "Alvorlige problemer: problemer, der satte forholdet på spil, fx dårlig kommunikation, mistillid eller konflikter. "
    .. "Svar nej, hvis personen ikke findes eller du ikke har kontakt.",
  "Serious problems: problems that endangered the relationship, e.g. poor communication, mistrust or conflict. "
    .. "Answer no if there is no such person or no contact.")

-- The person in "Har du %s haft alvorlige problemer med at komme overens med …?" (F18..F26).
local RELATIONS = {
  { "F18", "din mor", "your mother" },
  { "F19", "din far", "your father" },
  { "F20", "dine søskende", "your brothers or sisters" },
  { "F21", "din partner eller ægtefælle", "your sexual partner or spouse" },
  { "F22", "dine børn", "your children" },
  { "F23", "anden nær familie", "other significant family" },
  { "F24", "nære venner", "close friends" },
  { "F25", "naboer", "neighbours" },
  { "F26", "kolleger eller medstuderende", "co-workers or fellow students" },
}

local ABUSE = {
  { "F27", "Har nogen %s misbrugt dig følelsesmæssigt (fx nedgjort dig eller gjort dig til grin)?",
    "Has anyone %s abused you emotionally (made you feel bad through harsh words)?" },
  { "F28", "Har nogen %s misbrugt dig fysisk (gjort dig fysisk fortræd)?",
    "Has anyone %s abused you physically (caused you physical harm)?" },
  { "F29", "Har nogen %s misbrugt dig seksuelt (tvunget dig til seksuelle handlinger)?",
    "Has anyone %s abused you sexually (forced sexual advances or acts)?" },
}

local family = {
  s.section { id = "family", text = t("Familie og sociale relationer", "Family/social relationships") },
  s.choice {
    id = "F1",
    text = t("Hvad er din civilstand?", "Marital status"),
    help = t("'Samlevende' er en dansk tilføjelse til ASI-kategorierne.", "'Cohabiting' is a Danish addition to the ASI categories."),
    options = {
      { 1, t("Gift", "Married") },
      { 2, t("Gift igen", "Remarried") },
      { 3, t("Enke eller enkemand", "Widowed") },
      { 4, t("Separeret", "Separated") },
      { 5, t("Fraskilt", "Divorced") },
      { 6, t("Aldrig gift", "Never married") },
      { 7, t("Samlevende (ugift)", "Cohabiting (unmarried)") },
    },
  },
  years("F2", "Hvor længe har du haft denne civilstand? (år)", "How long have you been in this marital status? (years)",
    t("Har du aldrig været gift: siden du fyldte 18.", "If never married: since age 18."), 99),
  months("F2_months", "… og hvor mange måneder derudover?", "… and how many months besides?"),
  s.choice {
    id = "F3",
    text = t("Er du tilfreds med denne situation?", "Are you satisfied with this situation?"),
    help = t("Tilfreds: borgeren ønsker i det store hele ikke at ændre sin civilstand.",
      "Satisfied: the patient generally likes the situation and does not want to change it."),
    options = o.satisfied,
  },
  s.choice {
    id = "F4",
    text = t("Hvordan har du sædvanligvis boet de sidste 3 år?", "Usual living arrangements (past three years)"),
    help = t("Vælg det, der har fyldt mest i perioden.", "Choose what took up most of the period."),
    options = {
      { 1, t("Med partner og børn", "With sexual partner and children") },
      { 2, t("Med partner alene", "With sexual partner alone") },
      { 3, t("Med børn alene", "With children alone") },
      { 4, t("Med forældre", "With parents") },
      { 5, t("Med anden familie", "With family") },
      { 6, t("Med venner", "With friends") },
      { 7, t("Alene", "Alone") },
      { 8, t("Kontrolleret miljø (fængsel, institution, døgnbehandling)", "Controlled environment") },
      { 9, t("Ingen fast bolig", "No stable arrangements") },
    },
  },
  years("F5", "Hvor længe har du boet sådan? (år)", "How long have you lived in these arrangements? (years)", nil, 99),
  months("F5_months", "… og hvor mange måneder derudover?", "… and how many months besides?"),
  s.choice {
    id = "F6",
    text = t("Er du tilfreds med den måde, du bor på?", "Are you satisfied with these living arrangements?"),
    options = o.satisfied,
  },
  yesno("F7", "Bor du sammen med nogen, der har et aktuelt alkoholproblem?",
    "Do you live with anyone who has a current alcohol problem?"),
  yesno("F8", "Bor du sammen med nogen, der bruger stoffer eller ikke-ordineret medicin?",
    "Do you live with anyone who uses non-prescribed drugs?"),
  s.choice {
    id = "F9",
    text = t("Hvem tilbringer du det meste af din fritid sammen med?", "With whom do you spend most of your free time?"),
    options = {
      { 1, t("Familie", "Family") },
      { 2, t("Venner", "Friends") },
      { 3, t("Alene", "Alone") },
    },
  },
  s.choice {
    id = "F10",
    text = t("Er du tilfreds med at bruge din fritid sådan?", "Are you satisfied with spending your free time this way?"),
    options = o.satisfied,
  },
  s.integer {
    id = "F11",
    text = t("Hvor mange nære venner har du?", "How many close friends do you have?"),
    help = t("Venner, du kan betro dig til og regne med.", "Friends you can confide in and rely on."),
    min = 0,
    max = 99,
    unit = o.units.people,
  },
  s.section {
    id = "relations",
    text = t("Forholdet til familie og andre – inden for de sidste 30 dage og nogensinde i dit liv",
      "Relationships with family and others – in the past 30 days and in your life"),
    help = RELATION_HELP,
  },
}
for _, relation in ipairs(RELATIONS) do
  local recent, life = thirty_and_life(relation[1],
    "Har du %s haft alvorlige problemer med at komme overens med " .. relation[2] .. "?",
    "Have you %s had serious problems getting along with " .. relation[3] .. "?", RELATION_HELP)
  family[#family + 1] = recent
  family[#family + 1] = life
end
for _, abuse in ipairs(ABUSE) do
  local recent, life = thirty_and_life(abuse[1], abuse[2], abuse[3])
  family[#family + 1] = recent
  family[#family + 1] = life
end
for _, item in ipairs({
  days("F30", "Hvor mange dage inden for de sidste 30 dage har du haft alvorlige konflikter med din familie?",
    "How many days in the past 30 have you had serious conflicts with your family?"),
  days("F31", "Hvor mange dage inden for de sidste 30 dage har du haft alvorlige konflikter med andre (ikke familien)?",
    "How many days in the past 30 have you had serious conflicts with other people (excluding family)?"),
  rating("F32", "Hvor meget har du været plaget af problemer med familien inden for de sidste 30 dage?",
    "How troubled or bothered have you been by family problems in the past 30 days?"),
  rating("F33", "Hvor meget har du været plaget af sociale problemer (med andre end familien) inden for de sidste 30 dage?",
    "How troubled or bothered have you been by social problems in the past 30 days?",
    t("Fx ensomhed eller mangel på et netværk uden for misbrugsmiljøet. " .. o.rating_help.da,
      "E.g. loneliness or no network outside drug-using circles. " .. o.rating_help.en)),
  rating("F34", "Hvor vigtigt er det for dig nu at få behandling eller rådgivning for problemerne med familien?",
    "How important to you now is treatment or counselling for these family problems?"),
  rating("F35", "Hvor vigtigt er det for dig nu at få behandling eller rådgivning for de sociale problemer?",
    "How important to you now is treatment or counselling for these social problems?"),
  severity("F36", "Interviewerens vurdering: Hvor stort er borgerens behov for familie- og/eller social rådgivning?",
    "Interviewer severity rating: how severe is the patient's need for family and/or social counselling?"),
  confidence("F37", "Interviewer: Er oplysningerne væsentligt forvrænget, fordi borgeren har givet et forkert billede?",
    "Interviewer: is the information significantly distorted by the patient's misrepresentation?"),
  confidence("F38", "Interviewer: Er oplysningerne væsentligt forvrænget, fordi borgeren ikke har kunnet forstå spørgsmålene?",
    "Interviewer: is the information significantly distorted by the patient's inability to understand?"),
}) do
  family[#family + 1] = item
end

local SYMPTOMS = {
  { "P3", "Har du %s haft en længere periode med alvorlig depression (tristhed, håbløshed, tab af interesse)?",
    "Have you %s had a significant period of serious depression (sadness, hopelessness, loss of interest)?" },
  { "P4", "Har du %s haft en længere periode med alvorlig angst eller anspændthed (urolig, kan ikke slappe af, "
    .. "overdreven bekymring)?",
    "Have you %s had a significant period of serious anxiety or tension (uptight, unable to relax, unreasonably worried)?" },
  { "P5", "Har du %s haft hallucinationer (set ting eller hørt stemmer, som andre ikke kunne se eller høre)?",
    "Have you %s had hallucinations (saw things or heard voices that others did not)?" },
  { "P6", "Har du %s haft en længere periode med problemer med at forstå, koncentrere dig eller huske?",
    "Have you %s had a significant period of trouble understanding, concentrating or remembering?" },
  { "P7", "Har du %s haft problemer med at styre voldelig adfærd (også raserianfald)?",
    "Have you %s had trouble controlling violent behaviour (including episodes of rage)?" },
  { "P8", "Har du %s haft alvorlige selvmordstanker?", "Have you %s had serious thoughts of suicide?" },
  { "P9", "Har du %s forsøgt at tage dit eget liv?", "Have you %s attempted suicide?" },
  { "P10", "Har du %s fået ordineret medicin for psykiske eller følelsesmæssige problemer?",
    "Have you %s been prescribed medication for any psychological or emotional problem?" },
}

local SYMPTOM_HELP = t("Tæller ikke, når det kun var en direkte følge af rus eller abstinenser.",
  "Does not count when it was only a direct result of intoxication or withdrawal.")

local psychiatric = {
  s.section { id = "psychiatric", text = t("Psykisk helbred", "Psychiatric status") },
  times("P1", "Hvor mange gange i dit liv har du været indlagt for psykiske eller følelsesmæssige problemer?",
    "How many times in your life have you been treated in a hospital or inpatient setting for psychological or emotional problems?"),
  times("P2", "Hvor mange gange i dit liv har du været i ambulant eller privat behandling for psykiske eller følelsesmæssige problemer?",
    "How many times in your life have you been treated as an outpatient or private patient for psychological or emotional problems?",
    t("Tæl behandlingsforløb, ikke enkelte samtaler. Behandling for misbrug, arbejdsproblemer eller familieproblemer tæller ikke.",
      "Count episodes of treatment, not visits. Treatment for substance abuse, employment or family problems does not count.")),
  s.section {
    id = "symptoms",
    text = t("Psykiske symptomer – inden for de sidste 30 dage og nogensinde i dit liv",
      "Psychological symptoms – in the past 30 days and in your life"),
    help = SYMPTOM_HELP,
  },
}
for _, symptom in ipairs(SYMPTOMS) do
  local recent, life = thirty_and_life(symptom[1], symptom[2], symptom[3], SYMPTOM_HELP)
  psychiatric[#psychiatric + 1] = recent
  psychiatric[#psychiatric + 1] = life
end
for _, item in ipairs({
  days("P11", "Hvor mange dage inden for de sidste 30 dage har du haft psykiske eller følelsesmæssige problemer?",
    "How many days in the past 30 have you experienced psychological or emotional problems?"),
  rating("P12", "Hvor meget har du været plaget af disse psykiske eller følelsesmæssige problemer inden for de sidste 30 dage?",
    "How much have you been troubled or bothered by these psychological or emotional problems in the past 30 days?"),
  rating("P13", "Hvor vigtigt er det for dig nu at få behandling for disse psykiske problemer?",
    "How important to you now is treatment for these psychological problems?"),
  s.section {
    id = "observations",
    text = t("Interviewerens iagttagelser under interviewet", "The interviewer's observations during the interview"),
    help = t("Kun hvad interviewer selv har set og hørt under interviewet.",
      "Only what the interviewer saw and heard during the interview."),
  },
  yesno("P14", "Borgeren er tydeligt deprimeret eller indesluttet.", "The patient is obviously depressed or withdrawn."),
  yesno("P15", "Borgeren er tydeligt fjendtlig.", "The patient is obviously hostile."),
  yesno("P16", "Borgeren er tydeligt angst eller nervøs.", "The patient is obviously anxious or nervous."),
  yesno("P17", "Borgeren har problemer med realitetssansen, tankeforstyrrelser eller paranoide tanker.",
    "The patient has trouble with reality testing, thought disorders or paranoid thinking."),
  yesno("P18", "Borgeren har problemer med at forstå, koncentrere sig eller huske.",
    "The patient has trouble comprehending, concentrating or remembering."),
  yesno("P19", "Borgeren giver udtryk for selvmordstanker.", "The patient has suicidal thoughts."),
  severity("P22", "Interviewerens vurdering: Hvor stort er borgerens behov for psykiatrisk eller psykologisk behandling?",
    "Interviewer severity rating: how severe is the patient's need for psychiatric or psychological treatment?"),
  confidence("P23", "Interviewer: Er oplysningerne væsentligt forvrænget, fordi borgeren har givet et forkert billede?",
    "Interviewer: is the information significantly distorted by the patient's misrepresentation?"),
  confidence("P24", "Interviewer: Er oplysningerne væsentligt forvrænget, fordi borgeren ikke har kunnet forstå spørgsmålene?",
    "Interviewer: is the information significantly distorted by the patient's inability to understand?"),
}) do
  psychiatric[#psychiatric + 1] = item
end

---------------------------------------------------------------------------------------------------
-- Interpretation and recommendations.

-- The earliest earlier ASI's composite for the area (ctx.earlier.asi is newest first), or nil.
local function earliest(ctx, area)
  local earlier = ctx and ctx.earlier and ctx.earlier.asi
  if earlier == nil or #earlier == 0 then return nil end
  local first = earlier[#earlier]
  return first.scores and first.scores[area]
end

local function interpret(computed, ctx)
  local bands, flags = {}, {}
  local considerable = s.setting(ctx, "considerable_from")
  local worse = s.setting(ctx, "worse_by")
  for _, area in ipairs(AREAS) do
    local rating_id = area.id .. "_severity"
    local level = computed[rating_id]
    bands[rating_id] = s.band(level, SEVERITY_BANDS)
    if level ~= nil and level >= considerable then flags[#flags + 1] = area.id .. "_considerable" end
  end
  for _, area in ipairs(AREAS) do
    local now, before = computed[area.id], earliest(ctx, area.id)
    -- Compared at the composites' 4 decimals, so that a rise of exactly the setting is not "more than" it.
    if now ~= nil and before ~= nil and s.round(now - before, 4) > worse then
      flags[#flags + 1] = area.id .. "_worse"
    end
  end
  return { bands = bands, flags = flags }
end

local function recommend(result, ctx, a)
  local recommendations = {}
  if a.P8 == 1 or a.P9 == 1 or a.P19 == 1 then
    recommendations[#recommendations + 1] = {
      code = "urgent_assessment",
      text = t("Borgeren har inden for de sidste 30 dage haft alvorlige selvmordstanker eller forsøgt selvmord, eller "
        .. "gav udtryk for selvmordstanker under interviewet. Vurder selvmordsrisikoen i dag; ved akut fare kontakt "
        .. "akutpsykiatrien eller ring 112.",
        "In the past 30 days the citizen has had serious thoughts of suicide or attempted suicide, or expressed "
          .. "suicidal thoughts during the interview. Assess the suicide risk today; if in acute danger, contact "
          .. "emergency psychiatry or call 112."),
      to = "psychiatry",
      consent = "screening",
    }
  end
  local psychiatric_rating = result.scores.psychiatric_severity
  if psychiatric_rating ~= nil and psychiatric_rating >= s.setting(ctx, "psychologist_from") then
    recommendations[#recommendations + 1] = {
      code = "refer_psychologist",
      text = t("Interviewerens vurdering viser et betydeligt behov for psykiatrisk eller psykologisk behandling. "
        .. "Gennemfør basisscreening for psykiske lidelser, og tilbyd henvisning til psykolog eller psykiatri.",
        "The interviewer rates a considerable need for psychiatric or psychological treatment. Run the basic "
          .. "psychiatric screening and offer a referral to a psychologist or psychiatry."),
      to = "psychologist",
      consent = "screening",
    }
  end
  local medical_rating = result.scores.medical_severity
  if medical_rating ~= nil and medical_rating >= s.setting(ctx, "gp_from") then
    recommendations[#recommendations + 1] = {
      code = "refer_gp",
      text = t("Interviewerens vurdering viser et betydeligt behov for lægelig behandling. Tal med borgeren om at "
        .. "kontakte egen læge, og send et resumé, hvis borgeren samtykker.",
        "The interviewer rates a considerable need for medical treatment. Discuss contacting the GP with the citizen, "
          .. "and send a summary if the citizen consents."),
      to = "gp",
      consent = "screening",
    }
  end
  return recommendations
end

---------------------------------------------------------------------------------------------------

return s.flow {
  id = "asi",
  version = "1.0.0",
  title = t("ASI – Addiction Severity Index (EuropASI)", "ASI – Addiction Severity Index (EuropASI)"),
  description = t(
    "Struktureret interview om syv områder: fysisk helbred, arbejde og forsørgelse, alkohol, stoffer, kriminalitet, "
      .. "familie og sociale relationer samt psykisk helbred. Giver en sammensat score (normalt 0–1) og interviewerens "
      .. "vurdering (0–9) for hvert område.",
    "A structured interview on seven areas: medical, employment/support, alcohol, drugs, legal, family/social and "
      .. "psychiatric. Gives a composite score (usually 0–1) and the interviewer severity rating (0–9) per area."),
  source = t(
    "Addiction Severity Index, 5. udgave, af A. Thomas McLellan m.fl. (University of Pennsylvania og Philadelphia VA "
      .. "Medical Center), udviklet for amerikanske offentlige midler (NIDA og Veterans Affairs); public domain. EuropASI er "
      .. "den europæiske tilpasning (Kokkevi og Hartgers, 1995). Den danske ordlyd her er Tovholders egen gengivelse, ikke "
      .. "den officielle danske EuropASI-oversættelse. Formlerne for de sammensatte scorer er dem i det amerikanske "
      .. "Veterans Affairs' public domain-system VistA (ASI-5-numre); andre implementeringer afviger (loft over "
      .. "logaritmerne, familieområdet som forholdstal, EuropASI's nummerering), og beløb er her i kroner, ikke dollars. "
      .. "En kommune kan erstatte formlen for ét område.",
    "Addiction Severity Index, 5th edition, by A. Thomas McLellan et al. (University of Pennsylvania and the Philadelphia "
      .. "VA Medical Center), developed with US government funding (NIDA and Veterans Affairs); public domain. EuropASI is "
      .. "the European adaptation (Kokkevi and Hartgers, 1995). The Danish wording here is Tovholder's own rendering, not "
      .. "the official Danish EuropASI translation. The composite formulas are those of the US Department of Veterans "
      .. "Affairs' public-domain VistA system (ASI-5 item numbers); other implementations differ (caps on the logarithms, "
      .. "family as a ratio, EuropASI numbering), and amounts here are in kroner, not dollars. A municipality can "
      .. "override the formula of one area."),
  policies = { missing = "empty", hidden = "absent" },
  scores = scores,
  labels = labels,
  settings = {
    considerable_from = 6, -- a severity rating at or above this flags <area>_considerable
    worse_by = 0.1, -- a composite that rose by more than this since the earliest earlier ASI flags <area>_worse
    psychologist_from = 6, -- a psychiatric severity rating at or above this recommends refer_psychologist
    gp_from = 6, -- a medical severity rating at or above this recommends refer_gp
  },
  items = list(general, medical, employment, drugs, legal, family, psychiatric),
  score = score,
  interpret = interpret,
  recommend = recommend,
}
