-- DUDIT: the Drug Use Disorders Identification Test, eleven items on drug use and drug-related problems.
local s = screening
local options = require("options")

local function item(n, text, opts)
  return s.choice { id = "q" .. n, text = text, options = opts }
end

return s.flow {
  id = "dudit",
  version = "1.0.0",
  title = { da = "DUDIT – stoffer", en = "DUDIT – drugs" },
  description = {
    da = "Elleve spørgsmål om brug af andre stoffer end alkohol og om stofrelaterede problemer, bygget som AUDIT. "
      .. "En screening, ikke en diagnose.",
    en = "Eleven questions on the use of drugs other than alcohol and on drug-related problems, modelled on the AUDIT. "
      .. "A screening, not a diagnosis.",
  },
  source = {
    da = "Berman AH, Bergman H, Palmstierna T, Schlyter F: DUDIT – The Drug Use Disorders Identification Test. Manual, "
      .. "Karolinska Institutet 2003; Eur Addict Res 2005;11:22-31. Udgivet til fri brug af forfatterne. "
      .. "Dansk formulering: Tovholder.",
    en = "Berman AH, Bergman H, Palmstierna T, Schlyter F: DUDIT – The Drug Use Disorders Identification Test. Manual, "
      .. "Karolinska Institutet 2003; Eur Addict Res 2005;11:22-31. Published by the authors for free use. "
      .. "Danish wording: Tovholder.",
  },
  policies = { missing = "error", hidden = "absent" },
  -- Berman et al.: 6 or more (men) or 2 or more (women) suggests drug-related problems; 25 or more probable
  -- dependence for both. A citizen whose sex is not known gets `default`.
  settings = {
    drug_related_problems = { male = 6, female = 2, default = 6 },
    probable_dependence = { male = 25, female = 25, default = 25 },
  },
  scores = { { id = "total", text = { da = "Samlet score", en = "Total score" }, min = 0, max = 44 } },
  labels = {
    low = { da = "Ingen tegn på stofrelaterede problemer", en = "No sign of drug-related problems" },
    problems = { da = "Sandsynlige stofrelaterede problemer", en = "Probable drug-related problems" },
    dependence = { da = "Sandsynlig stofafhængighed", en = "Probable drug dependence" },
    drug_related_problems = { da = "Sandsynlige stofrelaterede problemer", en = "Probable drug-related problems" },
    probable_dependence = { da = "Sandsynlig stofafhængighed", en = "Probable drug dependence" },
  },
  items = {
    s.section {
      id = "intro",
      text = {
        da = "Her er nogle spørgsmål om stoffer. Svar så præcist og ærligt som muligt ved at vælge det svar, "
          .. "der passer bedst på dig.",
        en = "Here are some questions about drugs. Please answer as correctly and honestly as possible by choosing the "
          .. "answer that fits you best.",
      },
      help = {
        da = "Med stoffer menes fx hash og andre cannabisprodukter, amfetamin, kokain, ecstasy, heroin og andre opioider, "
          .. "GHB, hallucinogener og opløsningsmidler, og beroligende, sove- eller smertestillende medicin, når du tager "
          .. "mere end ordineret eller uden recept. Alkohol tæller ikke med.",
        en = "Drugs means e.g. cannabis, amphetamine, cocaine, ecstasy, heroin and other opioids, GHB, hallucinogens and "
          .. "solvents, and sedatives, sleeping pills or painkillers when taken more than prescribed or without a "
          .. "prescription. Alcohol does not count.",
      },
    },
    item(1, { da = "Hvor ofte tager du andre stoffer end alkohol?", en = "How often do you use drugs other than alcohol?" },
      options.use_frequency),
    item(2, { da = "Tager du mere end én slags stof ved samme lejlighed?",
              en = "Do you use more than one type of drug on the same occasion?" }, options.use_frequency),
    item(3, { da = "Hvor mange gange tager du stoffer på en typisk dag, hvor du tager stoffer?",
              en = "How many times do you take drugs on a typical day when you use drugs?" }, {
      { 0, { da = "0", en = "0" } },
      { 1, { da = "1-2", en = "1-2" } },
      { 2, { da = "3-4", en = "3-4" } },
      { 3, { da = "5-6", en = "5-6" } },
      { 4, { da = "7 eller flere", en = "7 or more" } },
    }),
    item(4, { da = "Hvor ofte er du kraftigt påvirket af stoffer?", en = "How often are you influenced heavily by drugs?" },
      options.never_to_daily),
    item(5, { da = "Har du inden for det seneste år følt en så stærk trang til stoffer, at du ikke kunne modstå den?",
              en = "Over the past year, have you felt that your longing for drugs was so strong that you could not resist it?" },
      options.never_to_daily),
    item(6, { da = "Er det inden for det seneste år sket, at du ikke har kunnet holde op med at tage stoffer, "
                .. "når du først var begyndt?",
              en = "Has it happened, over the past year, that you have not been able to stop taking drugs once you started?" },
      options.never_to_daily),
    item(7, { da = "Hvor ofte har du inden for det seneste år taget stoffer og så forsømt noget, du skulle have gjort?",
              en = "How often over the past year have you taken drugs and then neglected to do something you should have done?" },
      options.never_to_daily),
    item(8, { da = "Hvor ofte har du inden for det seneste år haft brug for at tage et stof om morgenen efter at have "
                .. "taget mange stoffer dagen før?",
              en = "How often over the past year have you needed to take a drug the morning after heavy drug use the day before?" },
      options.never_to_daily),
    item(9, { da = "Hvor ofte har du inden for det seneste år haft skyldfølelse eller dårlig samvittighed, fordi du tog stoffer?",
              en = "How often over the past year have you had guilt feelings or a bad conscience because you used drugs?" },
      options.never_to_daily),
    item(10, { da = "Er du selv eller en anden kommet til skade (psykisk eller fysisk), fordi du tog stoffer?",
               en = "Have you or anyone else been hurt (mentally or physically) because you used drugs?" },
      options.no_yes_last_year),
    item(11, { da = "Har en pårørende, en ven, en læge, en sygeplejerske eller en anden været bekymret over dit brug af "
                 .. "stoffer eller sagt til dig, at du bør holde op?",
               en = "Has a relative or a friend, a doctor or a nurse, or anyone else, been worried about your drug use or "
                 .. "said to you that you should stop using drugs?" }, options.no_yes_last_year),
  },

  score = function(a)
    return { total = s.sum(a, s.ids("q", 1, 11)) }
  end,

  interpret = function(scores, ctx)
    local problems, dependence = s.setting(ctx, "drug_related_problems"), s.setting(ctx, "probable_dependence")
    local flags = {}
    -- Dependence is a drug-related problem too: at 25 or more both flags are set.
    if scores.total >= problems then flags[#flags + 1] = "drug_related_problems" end
    if scores.total >= dependence then flags[#flags + 1] = "probable_dependence" end
    return {
      bands = { total = s.band(scores.total, { { 0, "low" }, { problems, "problems" }, { dependence, "dependence" } }) },
      flags = flags,
    }
  end,

  recommend = function(result)
    if #result.flags == 0 then return {} end
    return { {
      code = "assess_drug_treatment",
      text = {
        da = "Tal med borgeren om stofbruget og vurdér behovet for stofbehandling.",
        en = "Talk with the citizen about the drug use and assess the need for drug treatment.",
      },
    } }
  end,
}
