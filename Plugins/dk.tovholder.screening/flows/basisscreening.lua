-- Basisscreening: basic screening for psychiatric disorders in substance-abuse treatment, built from open instruments.
--
-- What it is: Tovholder's equivalent of KL's basisscreener (2012), whose item text is not public. It asks
-- PHQ-9 (depression), GAD-7 (anxiety), ASRS-v1.1 Part A (ADHD) and Mini-SPIN (social phobia) as self-report, and
-- an interviewer's observation part on signs of psychosis and suicide risk (our own checklist, not a validated scale).
-- What it is not: it is not KL's basisscreener, and it is not a diagnosis. A positive module is a reason to refer
-- the citizen for assessment by a psychologist or a doctor; nothing more.
-- A municipality holding KL's text loads it as an override: a municipality pack that declares it overrides
-- dk.tovholder.screening's basisscreening (flow id `basisscreening`), so workflows matching this flow's
-- recommendation codes keep working when its own flow returns the same codes.
--
-- Missing answers: the observation part (psy*, sui*) must always be completed (policy "error"); the self-report
-- items are `optional`, because a citizen may decline a module: the module's score is then left empty.
local s = screening
local options = require("options")
local phq9 = require("phq9_items")
local gad7 = require("gad7_items")

local DEPRESSION, ANXIETY = s.ids("dep", 1, 9), s.ids("anx", 1, 7)
local ADHD, SPIN = s.ids("adhd", 1, 6), s.ids("spin", 1, 3)
local PSYCHOSIS, SUICIDE = s.ids("psy", 1, 4), s.ids("sui", 1, 4)

-- ASRS-v1.1 Part A's shaded range: items 1-3 from "sometimes" (2), items 4-6 from "often" (3).
local ADHD_SHADED_FROM = { 2, 2, 2, 3, 3, 3 }

local items = {}
local function add(list, optional)
  for _, item in ipairs(list) do
    if optional and item.kind ~= "section" then item.optional = true end
    items[#items + 1] = item
  end
end
local function choices(prefix, texts, opts)
  local list = {}
  for n, text in ipairs(texts) do list[n] = s.choice { id = prefix .. n, text = text, options = opts } end
  return list
end
local function yesno(prefix, texts)
  local list = {}
  for n, text in ipairs(texts) do list[n] = s.yesno { id = prefix .. n, text = text } end
  return list
end
local function section(id, title, intro, help)
  return s.section { id = id, text = { da = title.da .. ". " .. intro.da, en = title.en .. ". " .. intro.en }, help = help }
end

add({ section("dep_intro", { da = "Depression (PHQ-9)", en = "Depression (PHQ-9)" }, phq9.intro) })
add(phq9.items("dep"), true)

add({ section("anx_intro", { da = "Angst (GAD-7)", en = "Anxiety (GAD-7)" }, gad7.intro) })
add(gad7.items("anx"), true)

add({ section("adhd_intro", { da = "ADHD (ASRS-v1.1, del A)", en = "ADHD (ASRS-v1.1, Part A)" }, {
  da = "Vælg det svar, der bedst beskriver, hvordan du har haft det og har opført dig inden for de sidste 6 måneder.",
  en = "Choose the answer that best describes how you have felt and conducted yourself over the past 6 months.",
}, { da = "ASRS-skemaet er beregnet til voksne (18 år og derover).", en = "The ASRS is meant for adults (18 and over)." }) })
add(choices("adhd", {
  { da = "Hvor ofte har du svært ved at gøre de sidste detaljer færdige i en opgave, når de svære dele er klaret?",
    en = "How often do you have trouble wrapping up the final details of a project, once the challenging parts have been done?" },
  { da = "Hvor ofte har du svært ved at få styr på tingene, når du skal løse en opgave, der kræver planlægning?",
    en = "How often do you have difficulty getting things in order when you have to do a task that requires organization?" },
  { da = "Hvor ofte har du problemer med at huske aftaler eller ting, du har lovet?",
    en = "How often do you have problems remembering appointments or obligations?" },
  { da = "Når du har en opgave, der kræver, at du tænker dig meget om, hvor ofte undgår eller udskyder du så at gå i gang?",
    en = "When you have a task that requires a lot of thought, how often do you avoid or delay getting started?" },
  { da = "Hvor ofte sidder du uroligt eller piller med hænder eller fødder, når du skal sidde ned i lang tid?",
    en = "How often do you fidget or squirm with your hands or feet when you have to sit down for a long time?" },
  { da = "Hvor ofte føler du dig overdrevent aktiv og drevet til at gøre ting, som om du blev drevet af en motor?",
    en = "How often do you feel overly active and compelled to do things, like you were driven by a motor?" },
}, options.never_to_very_often), true)

add({ section("spin_intro", { da = "Socialfobi (Mini-SPIN)", en = "Social phobia (Mini-SPIN)" }, {
  da = "Hvor meget har følgende generet dig i den seneste uge?",
  en = "How much have the following problems bothered you during the past week?",
}) })
add(choices("spin", {
  { da = "Frygt for at blive flov får mig til at undgå at gøre ting eller tale med folk",
    en = "Fear of embarrassment causes me to avoid doing things or speaking to people" },
  { da = "Jeg undgår aktiviteter, hvor jeg er i centrum for opmærksomheden",
    en = "I avoid activities in which I am the centre of attention" },
  { da = "At blive flov eller virke dum er noget af det, jeg frygter mest",
    en = "Being embarrassed or looking stupid are among my worst fears" },
}, options.not_at_all_to_extremely), true)

add({ s.section {
  id = "psy_intro",
  text = {
    da = "Observation: tegn på psykose. Udfyldes af intervieweren ud fra samtalen og det, borgeren fortæller.",
    en = "Observation: signs of psychosis. Completed by the interviewer from the conversation and what the citizen tells.",
  },
  help = {
    da = "Svar ja ved tegn, også når de kan skyldes rusmidler eller abstinenser: årsagen vurderes i udredningen.",
    en = "Answer yes to signs even when they may be due to drugs or withdrawal: the cause is for the assessment to judge.",
  },
} })
add(yesno("psy", {
  { da = "Er der tegn på hallucinationer – hører borgeren stemmer eller ser eller mærker ting, som andre ikke gør?",
    en = "Are there signs of hallucinations – does the citizen hear voices, or see or feel things that others do not?" },
  { da = "Er der tegn på vrangforestillinger eller paranoide forestillinger – fx at blive forfulgt, overvåget eller styret udefra?",
    en = "Are there signs of delusions or paranoid ideas – e.g. of being followed, watched or controlled from outside?" },
  { da = "Er borgerens tale usammenhængende, eller er adfærden desorganiseret eller påfaldende?",
    en = "Is the citizen's speech incoherent, or the behaviour disorganised or bizarre?" },
  { da = "Har borgeren tidligere haft en psykose eller været i behandling for en psykotisk lidelse?",
    en = "Has the citizen had a psychosis before, or been treated for a psychotic disorder?" },
}))

add({ s.section {
  id = "sui_intro",
  text = {
    da = "Observation: selvmordsrisiko. Spørg borgeren direkte.",
    en = "Observation: suicide risk. Ask the citizen directly.",
  },
  help = {
    da = "Det øger ikke risikoen at spørge direkte til selvmordstanker. Et ja fører til en lægevurdering samme dag.",
    en = "Asking directly about suicidal thoughts does not raise the risk. A yes leads to a doctor's assessment the same day.",
  },
} })
add(yesno("sui", {
  { da = "Har borgeren lige nu tanker om at tage sit eget liv?", en = "Does the citizen currently have thoughts of suicide?" },
  { da = "Har borgeren planer om at tage sit eget liv, fx om hvordan eller hvornår?",
    en = "Does the citizen have plans for suicide, e.g. of how or when?" },
  { da = "Har borgeren tidligere forsøgt at tage sit eget liv?", en = "Has the citizen attempted suicide before?" },
  { da = "Har borgeren skadet sig selv med vilje (fx skåret eller brændt sig) inden for det seneste år?",
    en = "Has the citizen harmed themselves on purpose (e.g. cut or burnt themselves) within the last year?" },
}))

local labels = {
  depression_positive = { da = "Positiv screening for depression", en = "Positive screen for depression" },
  anxiety_positive = { da = "Positiv screening for angst", en = "Positive screen for anxiety" },
  adhd_positive = { da = "Positiv screening for ADHD", en = "Positive screen for ADHD" },
  social_phobia_positive = { da = "Positiv screening for socialfobi", en = "Positive screen for social phobia" },
  psychosis_signs = { da = "Tegn på psykose", en = "Signs of psychosis" },
  suicide_risk = { da = "Tegn på selvmordsrisiko", en = "Signs of suicide risk" },
  suicidal_thoughts = { da = "Tanker om død eller selvskade (PHQ-9 spm. 9)", en = "Thoughts of death or self-harm (PHQ-9 item 9)" },
}
for code, text in pairs(phq9.labels) do labels[code] = text end
for code, text in pairs(gad7.labels) do labels[code] = text end

-- The flags that make a module positive, in the order the referral text names them.
local MODULE_FLAGS = {
  "depression_positive", "anxiety_positive", "adhd_positive", "social_phobia_positive", "psychosis_signs", "suicide_risk",
}

local function at_least(score, ctx, setting)
  return score ~= nil and score >= s.setting(ctx, setting)
end

return s.flow {
  id = "basisscreening",
  version = "1.0.0",
  title = { da = "Basisscreening for psykiske lidelser", en = "Basic screening for psychiatric disorders" },
  description = {
    da = "Basal screening for psykiske lidelser i rusmiddelbehandlingen: depression (PHQ-9), angst (GAD-7), ADHD "
      .. "(ASRS-v1.1 del A), socialfobi (Mini-SPIN) og interviewerens observation af tegn på psykose og selvmordsrisiko. "
      .. "Bygget af frit tilgængelige instrumenter som et alternativ til KL's basisscreener, hvis tekst ikke er offentlig; "
      .. "det er ikke KL's basisscreener. Screeningen stiller ingen diagnose: et positivt modul er en anledning til "
      .. "henvisning og nærmere udredning. En kommune, der har KL's tekst, kan bruge den i stedet via en kommunal pakke, "
      .. "der erklærer, at den erstatter dk.tovholder.screening's basisscreening.",
    en = "Basic screening for psychiatric disorders in substance-abuse treatment: depression (PHQ-9), anxiety (GAD-7), "
      .. "ADHD (ASRS-v1.1 Part A), social phobia (Mini-SPIN) and the interviewer's observation of signs of psychosis and "
      .. "suicide risk. Built from openly available instruments as an alternative to KL's basisscreener, whose text is "
      .. "not public; it is not KL's basisscreener. The screening makes no diagnosis: a positive module is a reason for "
      .. "referral and further assessment. A municipality holding KL's text can use it instead through a municipality "
      .. "pack that declares it overrides dk.tovholder.screening's basisscreening.",
  },
  source = {
    da = "PHQ-9 og GAD-7: Spitzer, Kroenke, Williams m.fl., Pfizer Inc.; må bruges og oversættes uden tilladelse. "
      .. "ASRS-v1.1 del A: Kessler m.fl., Psychol Med 2005; © Verdenssundhedsorganisationen (WHO) – ifølge WHO's skema "
      .. "skal anmodninger om gengivelse og oversættelse rettes til Ronald Kessler, Harvard Medical School. "
      .. "Mini-SPIN: Connor, Kobak, Churchill, Katzelnick & Davidson, Depress Anxiety 2001; SPIN © Jonathan Davidson. "
      .. "Observationsdelen (psykose, selvmordsrisiko) er Tovholders egen tjekliste og ikke et valideret instrument. "
      .. "Danske formuleringer: Tovholder.",
    en = "PHQ-9 and GAD-7: Spitzer, Kroenke, Williams et al., Pfizer Inc.; free to use and translate without permission. "
      .. "ASRS-v1.1 Part A: Kessler et al., Psychol Med 2005; © World Health Organization – per WHO's form, requests to "
      .. "reproduce or translate go to Ronald Kessler, Harvard Medical School. Mini-SPIN: Connor, Kobak, Churchill, "
      .. "Katzelnick & Davidson, Depress Anxiety 2001; SPIN © Jonathan Davidson. The observation part (psychosis, "
      .. "suicide risk) is Tovholder's own checklist, not a validated instrument. Danish wording: Tovholder.",
  },
  policies = { missing = "error", hidden = "absent" },
  -- Positive at or above.
  settings = {
    depression = 10,    -- PHQ-9 total
    anxiety = 10,       -- GAD-7 total
    adhd = 4,           -- ASRS-v1.1 Part A items in the shaded range
    social_phobia = 6,  -- Mini-SPIN total
    psychosis = 1,      -- observed signs of psychosis (yes answers)
    suicide_risk = 1,   -- signs of suicide risk (yes answers)
  },
  scores = {
    { id = "depression", text = { da = "Depression (PHQ-9)", en = "Depression (PHQ-9)" }, min = 0, max = 27 },
    { id = "anxiety", text = { da = "Angst (GAD-7)", en = "Anxiety (GAD-7)" }, min = 0, max = 21 },
    { id = "adhd", text = { da = "ADHD (ASRS del A, svar i det skraverede felt)", en = "ADHD (ASRS Part A, answers in the shaded range)" },
      min = 0, max = 6 },
    { id = "social_phobia", text = { da = "Socialfobi (Mini-SPIN)", en = "Social phobia (Mini-SPIN)" }, min = 0, max = 12 },
    { id = "psychosis", text = { da = "Tegn på psykose (antal ja)", en = "Signs of psychosis (number of yes)" }, min = 0, max = 4 },
    { id = "suicide_risk", text = { da = "Selvmordsrisiko (antal ja)", en = "Suicide risk (number of yes)" }, min = 0, max = 4 },
  },
  labels = labels,
  items = items,

  -- A module with an unanswered item has no score (the helpers give nil; the ADHD count checks it itself).
  score = function(a)
    local adhd = nil
    if s.complete(a, ADHD) then
      adhd = 0
      for n, id in ipairs(ADHD) do
        if s.value(a, id) >= ADHD_SHADED_FROM[n] then adhd = adhd + 1 end
      end
    end
    return {
      depression = s.sum(a, DEPRESSION),
      anxiety = s.sum(a, ANXIETY),
      adhd = adhd,
      social_phobia = s.sum(a, SPIN),
      psychosis = s.sum(a, PSYCHOSIS), -- yes counts 1
      suicide_risk = s.sum(a, SUICIDE),
    }
  end,

  interpret = function(scores, ctx, a)
    local flags = {}
    local function flag(on, code) if on then flags[#flags + 1] = code end end
    flag(at_least(scores.depression, ctx, "depression"), "depression_positive")
    flag(at_least(scores.anxiety, ctx, "anxiety"), "anxiety_positive")
    flag(at_least(scores.adhd, ctx, "adhd"), "adhd_positive")
    flag(at_least(scores.social_phobia, ctx, "social_phobia"), "social_phobia_positive")
    flag(at_least(scores.psychosis, ctx, "psychosis"), "psychosis_signs")
    flag(at_least(scores.suicide_risk, ctx, "suicide_risk"), "suicide_risk")
    -- As in the phq9 flow: PHQ-9 item 9 flags on its own, even when the depression score is empty.
    local dep9 = s.value(a, "dep9")
    flag(dep9 ~= nil and dep9 >= 1, "suicidal_thoughts")
    return {
      bands = { depression = s.band(scores.depression, phq9.bands), anxiety = s.band(scores.anxiety, gad7.bands) },
      flags = flags,
    }
  end,

  recommend = function(result)
    local set = {}
    for _, code in ipairs(result.flags) do set[code] = true end
    local positive = { da = {}, en = {} }
    for _, code in ipairs(MODULE_FLAGS) do
      if set[code] then
        positive.da[#positive.da + 1] = labels[code].da
        positive.en[#positive.en + 1] = labels[code].en
      end
    end
    local list = {}
    if #positive.da > 0 then
      list[#list + 1] = {
        code = "refer_psychologist",
        text = {
          da = table.concat(positive.da, "; ") .. ". Henvis borgeren til en psykolog (eller læge) til nærmere udredning. "
            .. "Screeningen er ikke en diagnose.",
          en = table.concat(positive.en, "; ") .. ". Refer the citizen to a psychologist (or doctor) for further assessment. "
            .. "The screening is not a diagnosis.",
        },
        to = "psychologist",
      }
      list[#list + 1] = {
        code = "summary_to_gp",
        text = {
          da = "Send et resumé af screeningen til borgerens egen læge, når borgeren har givet samtykke til det.",
          en = "Send a summary of the screening to the citizen's GP once the citizen has consented to it.",
        },
        to = "gp",
        consent = "screening",
      }
    end
    if set.suicide_risk then
      list[#list + 1] = {
        code = "urgent_assessment",
        text = {
          da = "Tegn på selvmordsrisiko: sørg for, at en læge vurderer borgeren i dag. Ved konkrete planer må borgeren "
            .. "ikke gå alene; ring 112 ved akut fare.",
          en = "Signs of suicide risk: make sure a doctor assesses the citizen today. With concrete plans, do not let the "
            .. "citizen leave alone; call 112 in acute danger.",
        },
        to = "doctor",
      }
    elseif set.suicidal_thoughts then
      list[#list + 1] = {
        code = "assess_suicide_risk",
        text = {
          da = "Borgeren har i PHQ-9 svaret ja til tanker om død eller selvskade, men observationsdelen viser ikke "
            .. "selvmordsrisiko. Spørg igen direkte til selvmordstanker og -planer, og få en læge til at vurdere ved tvivl.",
          en = "The citizen reported thoughts of death or self-harm in the PHQ-9, but the observation part shows no suicide "
            .. "risk. Ask again directly about suicidal thoughts and plans, and have a doctor assess if in doubt.",
        },
        to = "doctor",
      }
    end
    return list
  end,
}
