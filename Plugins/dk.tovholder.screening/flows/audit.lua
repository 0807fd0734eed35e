-- AUDIT: WHO's Alcohol Use Disorders Identification Test, ten items on alcohol use in the last year.
local s = screening

-- The items each score adds up: all ten, consumption (AUDIT-C, 1-3), dependence (4-6), harm (7-10).
local ALL, CONSUMPTION, DEPENDENCE, HARM = s.ids("q", 1, 10), s.ids("q", 1, 3), s.ids("q", 4, 6), s.ids("q", 7, 10)
local options = require("options")

-- WHO's skip rule: "never" to item 1 skips items 2-8 (they count 0, hidden = "zero"); 9 and 10 are always asked.
-- WHO's optional second rule (skip 4-8 when items 2 and 3 are both 0) is deliberately not used.
local function drinks(a) return a.q1 ~= 0 end

local function item(n, text, opts, help)
  return s.choice { id = "q" .. n, text = text, options = opts, help = help, visible = n >= 2 and n <= 8 and drinks or nil }
end

return s.flow {
  id = "audit",
  version = "1.0.0",
  title = { da = "AUDIT – alkohol", en = "AUDIT – alcohol" },
  description = {
    da = "WHO's ti spørgsmål om alkoholforbrug, afhængighedstegn og skader. Opdeles i forbrug (AUDIT-C, spm. 1-3), "
      .. "afhængighed (spm. 4-6) og skader (spm. 7-10). En screening, ikke en diagnose.",
    en = "WHO's ten questions on alcohol consumption, signs of dependence and harm. Split into consumption (AUDIT-C, "
      .. "items 1-3), dependence (items 4-6) and harm (items 7-10). A screening, not a diagnosis.",
  },
  source = {
    da = "Babor TF, Higgins-Biddle JC, Saunders JB, Monteiro MG: AUDIT – The Alcohol Use Disorders Identification Test. "
      .. "Guidelines for Use in Primary Care, 2. udg. WHO 2001 (WHO/MSD/MSB/01.6a). WHO udgiver spørgeskemaet til fri brug "
      .. "i screening. Dansk formulering: Tovholder.",
    en = "Babor TF, Higgins-Biddle JC, Saunders JB, Monteiro MG: AUDIT – The Alcohol Use Disorders Identification Test. "
      .. "Guidelines for Use in Primary Care, 2nd ed. WHO 2001 (WHO/MSD/MSB/01.6a). WHO publishes the questionnaire for "
      .. "free use in screening. Danish wording: Tovholder.",
  },
  policies = { missing = "error", hidden = "zero" },
  -- Cut-offs on the total. WHO's zones start at 8 / 16 / 20 for everyone. Women default to a lower hazardous
  -- cut-off, 6, following Danish practice attributed to Sundhedsstyrelsen (not checked against a current SST text;
  -- SST's drinking limits are the same for both sexes since 2022). Sex-specific cut-offs vary between guidelines,
  -- so they are settings: check them against the municipality's own guidance. A citizen whose sex is not known
  -- gets `default`, WHO's general cut-offs.
  settings = {
    hazardous = { male = 8, female = 6, default = 8 },
    harmful = { male = 16, female = 16, default = 16 },
    dependence = { male = 20, female = 20, default = 20 },
    audit_c = { male = 5, female = 4, default = 5 }, -- AUDIT-C (items 1-3) positive at or above
  },
  scores = {
    { id = "total", text = { da = "Samlet score", en = "Total score" }, min = 0, max = 40 },
    { id = "audit_c", text = { da = "Forbrug (AUDIT-C, spm. 1-3)", en = "Consumption (AUDIT-C, items 1-3)" }, min = 0, max = 12 },
    { id = "dependence", text = { da = "Afhængighed (spm. 4-6)", en = "Dependence (items 4-6)" }, min = 0, max = 12 },
    { id = "harm", text = { da = "Skader (spm. 7-10)", en = "Harm (items 7-10)" }, min = 0, max = 16 },
  },
  labels = {
    low = { da = "Lav risiko", en = "Low risk" },
    hazardous = { da = "Risikabelt forbrug", en = "Hazardous drinking" },
    harmful = { da = "Skadeligt forbrug", en = "Harmful drinking" },
    dependence = { da = "Sandsynlig alkoholafhængighed", en = "Probable alcohol dependence" },
    probable_dependence = { da = "Sandsynlig alkoholafhængighed", en = "Probable alcohol dependence" },
    audit_c_positive = { da = "Positiv AUDIT-C", en = "Positive AUDIT-C" },
  },
  items = {
    s.section {
      id = "intro",
      text = {
        da = "Spørgsmålene handler om dit forbrug af alkohol inden for det seneste år. Vælg det svar, der passer bedst.",
        en = "The questions are about your use of alcohol during the last year. Choose the answer that fits best.",
      },
      help = {
        da = "En genstand er fx en almindelig flaske øl (33 cl), et glas vin (12 cl) eller 4 cl spiritus.",
        en = "A drink (Danish 'genstand') is e.g. a regular bottle of beer (33 cl), a glass of wine (12 cl) or 4 cl of spirits.",
      },
    },
    item(1, { da = "Hvor ofte drikker du alkohol?", en = "How often do you have a drink containing alcohol?" },
      options.use_frequency),
    item(2, { da = "Hvor mange genstande drikker du på en typisk dag, hvor du drikker alkohol?",
              en = "How many drinks containing alcohol do you have on a typical day when you are drinking?" }, {
      { 0, { da = "1-2", en = "1 or 2" } },
      { 1, { da = "3-4", en = "3 or 4" } },
      { 2, { da = "5-6", en = "5 or 6" } },
      { 3, { da = "7-9", en = "7, 8 or 9" } },
      { 4, { da = "10 eller flere", en = "10 or more" } },
    }),
    item(3, { da = "Hvor ofte drikker du seks genstande eller flere ved samme lejlighed?",
              en = "How often do you have six or more drinks on one occasion?" }, options.never_to_daily),
    item(4, { da = "Hvor ofte inden for det seneste år har du ikke kunnet holde op med at drikke, når du først var begyndt?",
              en = "How often during the last year have you found that you were not able to stop drinking once you had started?" },
      options.never_to_daily),
    item(5, { da = "Hvor ofte inden for det seneste år har du ikke gjort det, der normalt forventes af dig, fordi du havde drukket?",
              en = "How often during the last year have you failed to do what was normally expected from you because of drinking?" },
      options.never_to_daily),
    item(6, { da = "Hvor ofte inden for det seneste år har du haft brug for en genstand om morgenen for at komme i gang "
                .. "efter en periode med meget druk?",
              en = "How often during the last year have you needed a first drink in the morning to get yourself going "
                .. "after a heavy drinking session?" }, options.never_to_daily),
    item(7, { da = "Hvor ofte inden for det seneste år har du haft skyldfølelse eller dårlig samvittighed efter at have drukket?",
              en = "How often during the last year have you had a feeling of guilt or remorse after drinking?" },
      options.never_to_daily),
    item(8, { da = "Hvor ofte inden for det seneste år har du ikke kunnet huske, hvad der skete aftenen før, fordi du havde drukket?",
              en = "How often during the last year have you been unable to remember what happened the night before "
                .. "because you had been drinking?" }, options.never_to_daily),
    item(9, { da = "Er du selv eller en anden kommet til skade, fordi du havde drukket?",
              en = "Have you or someone else been injured as a result of your drinking?" }, options.no_yes_last_year),
    item(10, { da = "Har en pårørende, en ven, en læge eller en anden sundhedsperson været bekymret over dit alkoholforbrug "
                 .. "eller foreslået, at du skulle drikke mindre?",
               en = "Has a relative or friend, or a doctor or another health worker, been concerned about your drinking "
                 .. "or suggested you cut down?" }, options.no_yes_last_year),
  },

  score = function(a)
    return {
      total = s.sum(a, ALL),
      audit_c = s.sum(a, CONSUMPTION),
      dependence = s.sum(a, DEPENDENCE),
      harm = s.sum(a, HARM),
    }
  end,

  interpret = function(scores, ctx)
    local band = s.band(scores.total, {
      { 0, "low" },
      { s.setting(ctx, "hazardous"), "hazardous" },
      { s.setting(ctx, "harmful"), "harmful" },
      { s.setting(ctx, "dependence"), "dependence" },
    })
    -- One risk flag, the highest zone reached (none in the low zone).
    local flags = {}
    if band == "dependence" then
      flags[1] = "probable_dependence"
    elseif band == "hazardous" or band == "harmful" then
      flags[1] = band
    end
    if scores.audit_c ~= nil and scores.audit_c >= s.setting(ctx, "audit_c") then flags[#flags + 1] = "audit_c_positive" end
    return { bands = { total = band }, flags = flags }
  end,

  -- WHO's zones: II simple advice, III advice with brief counselling and follow-up, IV referral for assessment.
  recommend = function(result)
    local band = result.bands.total
    if band == "hazardous" then
      return { {
        code = "brief_intervention",
        text = {
          da = "Giv kort rådgivning om alkohol: tal om forbruget, risikoen ved det og et mål om at drikke mindre.",
          en = "Give brief advice on alcohol: talk about the drinking, its risks and a goal to cut down.",
        },
      } }
    elseif band == "harmful" then
      return { {
        code = "brief_intervention",
        text = {
          da = "Giv kort rådgivning og en kort motiverende samtale om alkohol, og følg op. "
            .. "Vurdér behovet for alkoholbehandling, hvis forbruget ikke falder.",
          en = "Give brief advice and brief motivational counselling on alcohol, and follow up. "
            .. "Assess the need for alcohol treatment if the drinking does not go down.",
        },
      } }
    elseif band == "dependence" then
      return { {
        code = "assess_alcohol_treatment",
        text = {
          da = "Vurdér behovet for alkoholbehandling, herunder om en læge skal vurdere risikoen for abstinenser, "
            .. "før borgeren holder op med at drikke.",
          en = "Assess the need for alcohol treatment, including whether a doctor should assess the risk of withdrawal "
            .. "before the citizen stops drinking.",
        },
      } }
    end
    return {}
  end,
}
