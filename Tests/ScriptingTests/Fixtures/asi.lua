-- Fixtures for the ASI flow (flows/asi.lua): composites computed by hand from the VistA formulas in DOMAIN.md.
-- ln values used below (natural logarithm, 7 decimals):
--   ln(1) = 0; ln(500) = 6.2146081; ln(1000) = 6.9077553; ln(2000) = 7.6009025; ln(4500) = 8.4118327;
--   ln(5000) = 8.5171932; ln(20000) = 9.9034876; ln(30000) = 10.3089527.

-- Answer builders ---------------------------------------------------------------------------------------

local function series(a, prefix, first, last, value, suffix)
  for n = first, last do a[prefix .. n .. (suffix or "")] = value end
end

-- Every item at its lowest code (the items that lowest answers hide are left out: M2, G20, E9, D15, D16,
-- D21, D22, L17, L22, L23, L25).
local function minimum()
  local a = {
    G14 = 0, G14_months = 0, G15 = 0, G19 = 1,
    M1 = 0, M3 = 0, M4 = 0, M5 = 0, M6 = 0, M7 = 0, M8 = 0, M9 = 0, M10 = 0, M11 = 0,
    E1 = 0, E2 = 0, E3 = 0, E4 = 0, E5 = 0, E6 = 0, E6_months = 0, E8 = 0, E10 = 1, E11 = 0,
    E12 = 0, E13 = 0, E14 = 0, E15 = 0, E16 = 0, E17 = 0, E18 = 0, E19 = 0, E20 = 0, E21 = 0, E22 = 0,
    E23 = 0, E24 = 0,
    D14 = 0, D17 = 0, D18 = 0, D19 = 0, D20 = 0, D23 = 0, D24 = 0, D25 = 0, D26 = 0, D27 = 0, D28 = 0,
    D29 = 0, D30 = 0, D31 = 0, D32 = 0, D33 = 0, D34 = 0, D35 = 0,
    L1 = 0, L2 = 0, L18 = 0, L19 = 0, L20 = 0, L21 = 0, L24 = 0, L26 = 0, L27 = 0, L28 = 0, L29 = 0,
    L30 = 0, L31 = 0, L32 = 0,
    F1 = 1, F2 = 0, F2_months = 0, F3 = 0, F4 = 1, F5 = 0, F5_months = 0, F6 = 0, F7 = 0, F8 = 0, F9 = 1,
    F10 = 0, F11 = 0, F30 = 0, F31 = 0, F32 = 0, F33 = 0, F34 = 0, F35 = 0, F36 = 0, F37 = 0, F38 = 0,
    P1 = 0, P2 = 0, P11 = 0, P12 = 0, P13 = 0, P22 = 0, P23 = 0, P24 = 0,
  }
  series(a, "D", 1, 13, 0)
  series(a, "D", 1, 13, 0, "_years")
  series(a, "L", 3, 16, 0)
  series(a, "F", 18, 29, 0)
  series(a, "F", 18, 29, 0, "_life")
  series(a, "P", 3, 10, 0)
  series(a, "P", 3, 10, 0, "_life")
  series(a, "P", 14, 19, 0)
  return a
end

-- Every item at its highest code, except F3 = 0 (not satisfied: the worst answer, F3' = 2); every amount is
-- 1000 kr., so each ln term is ln(1000) = 6.9077553.
local function maximum()
  local a = {
    G14 = 99, G14_months = 11, G15 = 1, G19 = 6, G20 = 30,
    M1 = 99, M2 = 99, M2_months = 11, M3 = 1, M4 = 1, M5 = 1, M6 = 30, M7 = 4, M8 = 4, M9 = 9, M10 = 1, M11 = 1,
    E1 = 30, E2 = 600, E3 = 1, E4 = 1, E5 = 1, E6 = 60, E6_months = 11, E7 = "Tømrer", E8 = 1, E9 = 1, E10 = 8,
    E11 = 30, E12 = 1000, E13 = 1000, E14 = 1000, E15 = 1000, E16 = 1000, E17 = 1000, E18 = 20, E19 = 30,
    E20 = 4, E21 = 4, E22 = 9, E23 = 1, E24 = 1,
    D14 = 16, D15 = 600, D16 = 600, D17 = 99, D18 = 99, D19 = 99, D20 = 99, D21 = 99, D22 = 99, D23 = 1000,
    D24 = 1000, D25 = 30, D26 = 30, D27 = 30, D28 = 4, D29 = 4, D30 = 4, D31 = 4, D32 = 9, D33 = 9, D34 = 1, D35 = 1,
    L1 = 1, L2 = 1, L17 = 999, L18 = 999, L19 = 999, L20 = 999, L21 = 999, L22 = 999, L23 = 20, L24 = 1, L25 = 20,
    L26 = 30, L27 = 30, L28 = 4, L29 = 4, L30 = 9, L31 = 1, L32 = 1,
    F1 = 7, F2 = 99, F2_months = 11, F3 = 0, F4 = 9, F5 = 99, F5_months = 11, F6 = 2, F7 = 1, F8 = 1, F9 = 3,
    F10 = 2, F11 = 99, F30 = 30, F31 = 30, F32 = 4, F33 = 4, F34 = 4, F35 = 4, F36 = 9, F37 = 1, F38 = 1,
    P1 = 99, P2 = 99, P11 = 30, P12 = 4, P13 = 4, P22 = 9, P23 = 1, P24 = 1,
  }
  series(a, "D", 1, 13, 30)
  series(a, "D", 1, 13, 99, "_years")
  series(a, "L", 3, 16, 999)
  series(a, "F", 18, 29, 1)
  series(a, "F", 18, 29, 1, "_life")
  series(a, "P", 3, 10, 1)
  series(a, "P", 3, 10, 1, "_life")
  series(a, "P", 14, 19, 1)
  return a
end

-- A realistic intake: a man in his late thirties, alcohol with cannabis, benzodiazepines and some cocaine,
-- irregular work, awaiting trial, divorced and living alone, depressed and anxious.
local function intake()
  local a = minimum()
  local changes = {
    M1 = 3, M2 = 2, M2_months = 4, M3 = 1, M6 = 5, M7 = 2, M8 = 1, M9 = 3,
    E1 = 10, E2 = 24, E3 = 1, E4 = 1, E5 = 0, E6 = 4, E6_months = 6, E7 = "Tømrer", E8 = 1, E9 = 0, E10 = 3,
    E11 = 8, E12 = 4500, E14 = 6000, E16 = 500, E17 = 500, E18 = 1, E19 = 12, E20 = 3, E21 = 3, E22 = 5,
    D1 = 20, D1_years = 18, D2 = 12, D2_years = 15, D7 = 6, D7_years = 3, D8 = 2, D8_years = 2,
    D10 = 25, D10_years = 20, D13 = 10, D13_years = 8,
    D14 = 15, D15 = 3, D16 = 14, D17 = 1, D19 = 2, D20 = 1, D21 = 1, D22 = 1, D23 = 2000, D24 = 1500,
    D26 = 15, D27 = 20, D28 = 3, D29 = 2, D30 = 3, D31 = 3, D32 = 7, D33 = 5,
    L3 = 2, L5 = 1, L10 = 1, L17 = 3, L18 = 4, L19 = 1, L21 = 2, L22 = 2, L23 = 10, L24 = 1, L25 = 5,
    L27 = 2, L28 = 2, L29 = 1, L30 = 4,
    F1 = 5, F2 = 3, F3 = 1, F4 = 7, F5 = 2, F8 = 1, F9 = 2, F11 = 2,
    F18_life = 1, F19 = 1, F19_life = 1, F21 = 1, F21_life = 1,
    F30 = 6, F31 = 2, F32 = 2, F33 = 2, F34 = 2, F35 = 1, F36 = 4,
    P2 = 1, P3 = 1, P3_life = 1, P4 = 1, P4_life = 1, P6 = 1, P6_life = 1, P8_life = 1,
    P11 = 10, P12 = 2, P13 = 3, P14 = 1, P16 = 1, P22 = 5,
  }
  for k, v in pairs(changes) do a[k] = v end
  return a
end

-- A copy of `a` with `changes` applied and the ids in `removed` left unanswered.
local function with(a, changes, removed)
  local copy = {}
  for k, v in pairs(a) do copy[k] = v end
  for k, v in pairs(changes or {}) do copy[k] = v end
  for _, id in ipairs(removed or {}) do copy[id] = nil end
  return copy
end

-- The severity bands in area order: medical, employment, alcohol, drug, legal, family, psychiatric.
local function bands(m, e, al, d, l, f, p)
  return {
    medical_severity = m, employment_severity = e, alcohol_severity = al, drug_severity = d,
    legal_severity = l, family_severity = f, psychiatric_severity = p,
  }
end

local function none() return bands("none", "none", "none", "none", "none", "none", "none") end

-- Composites of minimum(): medical 0; employment 1 − (0/4 + 0/4 + 0/120 + ln(0)→0) = 1; alcohol 0; drug 0;
-- legal 0; family F3 = 0 → F3' = 2 → 2/10 = 0.2; psychiatric 0.
local MINIMUM = { medical = 0, employment = 1, alcohol = 0, drug = 0, legal = 0, family = 0.2, psychiatric = 0 }

-- Composites of intake():
--   medical     = 5/90 + 2/12 + 1/12 = 0.0555556 + 0.1666667 + 0.0833333 = 0.3055556 → 0.3056
--   employment  = 1 − (1/4 + 0/4 + 8/120 + ln(4500)/36) = 1 − (0.25 + 0.0666667 + 0.2336620) = 1 − 0.5503287
--               = 0.4496713 → 0.4497
--   alcohol     = 20/180 + 12/180 + 15/180 + 3/24 + 3/24 + ln(2000)/44
--               = 0.1111111 + 0.0666667 + 0.0833333 + 0.125 + 0.125 + 0.1727478 = 0.6838589 → 0.6839
--   drug        = (0+0+0+0+6+2+0+25+0 + D13 10 + D27 20)/390 + 2/52 + 3/52 = 63/390 + 0.0384615 + 0.0576923
--               = 0.1615385 + 0.0961538 = 0.2576923 → 0.2577
--   legal       = 1/5 + 2/150 + 2/20 + 1/20 + ln(500)/46
--               = 0.2 + 0.0133333 + 0.1 + 0.05 + 0.1351002 = 0.4984335 → 0.4984
--   family      = (2−1)/10 + 6/150 + 2/20 + 2/20 + (2/9)/5 = 0.1 + 0.04 + 0.1 + 0.1 + 0.0444444 = 0.3844444 → 0.3844
--   psychiatric = 3/11 + 10/330 + 2/44 + 3/44 = 0.2727273 + 0.0303030 + 0.0454545 + 0.0681818 = 0.4166667 → 0.4167
local INTAKE = {
  medical = 0.3056, employment = 0.4497, alcohol = 0.6839, drug = 0.2577, legal = 0.4984, family = 0.3844,
  psychiatric = 0.4167,
  medical_severity = 3, employment_severity = 5, alcohol_severity = 7, drug_severity = 5, legal_severity = 4,
  family_severity = 4, psychiatric_severity = 5,
}
local INTAKE_BANDS = bands("slight", "moderate", "considerable", "moderate", "moderate", "moderate", "moderate")

-- Earlier ASIs, newest first. Against the earliest (the second): medical 0.3056 − 0.1 = 0.2056 > 0.1 → worse;
-- employment 0.4497 − 0.6 < 0; alcohol 0.6839 − 0.55 = 0.1339 > 0.1 → worse; drug 0.2577 − 0.1577 = 0.1000, not
-- more than 0.1; legal: no composite then, no comparison; family 0.3844 − 0.3 = 0.0844; psychiatric
-- 0.4167 − 0.3167 = 0.1000, not more. Against the newest, medical (+0.0056) would not be worse and legal
-- (+0.2984) would: the flags show the comparison is against the earliest.
local EARLIER = {
  asi = {
    { scores = { medical = 0.3, employment = 0.5, alcohol = 0.2, drug = 0.25, legal = 0.2, family = 0.3,
      psychiatric = 0.4 } },
    { scores = { medical = 0.1, employment = 0.6, alcohol = 0.55, drug = 0.1577, family = 0.3, psychiatric = 0.3167 } },
  },
}

-- F3 cases: F18, F21, F25 yes (mean 3/9 = 0.3333333, /5 = 0.0666667), F30 = 15 (0.1), F32 = 2 (0.1),
-- F34 = 1 (0.05): 0.3166667 before F3'/10.
local function family(f3)
  return with(minimum(), {
    F3 = f3, F18 = 1, F18_life = 1, F21 = 1, F21_life = 1, F25 = 1, F25_life = 1,
    F30 = 15, F31 = 3, F32 = 2, F33 = 1, F34 = 1, F35 = 0,
  })
end

local function merged(a, b)
  local copy = {}
  for k, v in pairs(a) do copy[k] = v end
  for k, v in pairs(b) do copy[k] = v end
  return copy
end

return {
  {
    name = "all minimum: employment is 1 − 0 = 1, family 2/10 = 0.2 (F3 = 0), everything else 0",
    answers = minimum(),
    expect = {
      scores = merged(MINIMUM, {
        medical_severity = 0, employment_severity = 0, alcohol_severity = 0, drug_severity = 0, legal_severity = 0,
        family_severity = 0, psychiatric_severity = 0,
      }),
      bands = none(), flags = {}, recommendations = {},
    },
  },
  {
    -- medical     = 30/90 + 4/12 + 4/12 = 0.3333333 × 3 = 1.0000
    -- employment  = 1 − (1/4 + 1/4 + 30/120 + ln(1000)/36) = 1 − (0.75 + 0.1918821) = 0.0581179 → 0.0581
    -- alcohol     = 3 × 30/180 + 2 × 4/24 + ln(1000)/44 = 0.5 + 0.3333333 + 0.1569944 = 0.9903278 → 0.9903
    -- drug        = (10 × 30 + 30)/390 + 4/52 + 4/52 = 0.8461538 + 0.1538462 = 1.0000
    -- legal       = 1/5 + 30/150 + 4/20 + 4/20 + ln(1000)/46 = 0.8 + 0.1501686 = 0.9501686 → 0.9502
    -- family      = (2−0)/10 + 30/150 + 4/20 + 4/20 + (9/9)/5 = 0.2 × 5 = 1.0000
    -- psychiatric = 8/11 + 30/330 + 4/44 + 4/44 = 0.7272727 + 0.0909091 × 3 = 1.0000
    name = "all maximum (F3 = 0, amounts 1000 kr.): every area at the top, all flags and recommendations",
    answers = maximum(),
    expect = {
      scores = {
        medical = 1, employment = 0.0581, alcohol = 0.9903, drug = 1, legal = 0.9502, family = 1, psychiatric = 1,
        medical_severity = 9, employment_severity = 9, alcohol_severity = 9, drug_severity = 9, legal_severity = 9,
        family_severity = 9, psychiatric_severity = 9,
      },
      bands = bands("extreme", "extreme", "extreme", "extreme", "extreme", "extreme", "extreme"),
      flags = {
        "medical_considerable", "employment_considerable", "alcohol_considerable", "drug_considerable",
        "legal_considerable", "family_considerable", "psychiatric_considerable",
      },
      recommendations = { "urgent_assessment", "refer_psychologist", "refer_gp" },
    },
  },
  {
    name = "realistic intake (see INTAKE for the arithmetic)",
    answers = intake(),
    expect = { scores = INTAKE, bands = INTAKE_BANDS, flags = { "alcohol_considerable" }, recommendations = {} },
  },
  {
    name = "M7 missing: no medical composite, the other areas and the medical severity rating stay",
    answers = with(minimum(), nil, { "M7" }),
    expect = {
      scores = merged(MINIMUM, { medical = "nil", medical_severity = 0 }),
      empty = { "medical" },
      bands = none(), flags = {}, recommendations = {},
    },
  },
  {
    name = "E17 missing: legal (which uses E17) is empty, employment (which does not) stays 0.4497",
    answers = with(intake(), nil, { "E17" }),
    expect = {
      scores = merged(INTAKE, { legal = "nil" }),
      empty = { "legal" },
      bands = INTAKE_BANDS, flags = { "alcohol_considerable" },
    },
  },
  {
    name = "grid cell D3 missing: drug is empty, alcohol stays 0.6839",
    answers = with(intake(), nil, { "D3" }),
    expect = { scores = merged(INTAKE, { drug = "nil" }), empty = { "drug" } },
  },
  {
    name = "D12 (inhalants) missing: not in the drug formula, so drug stays 0.2577",
    answers = with(intake(), nil, { "D12", "D12_years" }),
    expect = { scores = INTAKE },
  },
  {
    name = "P22 missing: no psychiatric severity or band, the psychiatric composite stays 0.4167",
    answers = with(intake(), nil, { "P22" }),
    expect = {
      scores = merged(INTAKE, { psychiatric_severity = "nil" }),
      empty = { "psychiatric_severity" },
      bands = bands("slight", "moderate", "considerable", "moderate", "moderate", "moderate", nil),
    },
  },
  {
    -- 2/10 + 0.3166667 = 0.5166667 → 0.5167
    name = "family, F3 = 0 (not satisfied): F3' = 2",
    answers = family(0),
    expect = { scores = merged(MINIMUM, { family = 0.5167 }), bands = none(), flags = {}, recommendations = {} },
  },
  {
    -- 1/10 + 0.3166667 = 0.4166667 → 0.4167
    name = "family, F3 = 1 (indifferent): F3' = 1",
    answers = family(1),
    expect = { scores = merged(MINIMUM, { family = 0.4167 }) },
  },
  {
    -- 0/10 + 0.3166667 = 0.3166667 → 0.3167
    name = "family, F3 = 2 (satisfied): F3' = 0",
    answers = family(2),
    expect = { scores = merged(MINIMUM, { family = 0.3167 }) },
  },
  {
    name = "severity bands 1..7: none, slight, slight, moderate, moderate, considerable, considerable",
    answers = with(minimum(), { M9 = 1, E22 = 2, D32 = 3, D33 = 4, L30 = 5, F36 = 6, P22 = 7 }),
    expect = {
      scores = merged(MINIMUM, {
        medical_severity = 1, employment_severity = 2, alcohol_severity = 3, drug_severity = 4, legal_severity = 5,
        family_severity = 6, psychiatric_severity = 7,
      }),
      bands = bands("none", "slight", "slight", "moderate", "moderate", "considerable", "considerable"),
      flags = { "family_considerable", "psychiatric_considerable" },
      recommendations = { "refer_psychologist" },
    },
  },
  {
    name = "severity bands 8, 9, 0, 6, 7, 1, 5: extreme, extreme, none, considerable, considerable, none, moderate",
    answers = with(minimum(), { M9 = 8, E22 = 9, D32 = 0, D33 = 6, L30 = 7, F36 = 1, P22 = 5 }),
    expect = {
      bands = bands("extreme", "extreme", "none", "considerable", "considerable", "none", "moderate"),
      flags = { "medical_considerable", "employment_considerable", "drug_considerable", "legal_considerable" },
      recommendations = { "refer_gp" },
    },
  },
  {
    name = "municipal settings: considerable from 8, GP from 9",
    answers = with(minimum(), { M9 = 8, E22 = 9, D32 = 0, D33 = 6, L30 = 7, F36 = 1, P22 = 5 }),
    context = { settings = { considerable_from = 8, gp_from = 9 } },
    expect = {
      bands = bands("extreme", "extreme", "none", "considerable", "considerable", "none", "moderate"),
      flags = { "medical_considerable", "employment_considerable" },
      recommendations = {},
    },
  },
  {
    name = "earlier ASIs: medical and alcohol rose by more than 0.1 against the earliest; a rise of exactly 0.1 is not",
    answers = intake(),
    context = { earlier = EARLIER },
    expect = {
      scores = INTAKE,
      flags = { "alcohol_considerable", "medical_worse", "alcohol_worse" },
      recommendations = {},
    },
  },
  {
    name = "earlier ASIs with worse_by = 0.2: only medical (+0.2056) counts as worse",
    answers = intake(),
    context = { earlier = EARLIER, settings = { worse_by = 0.2 } },
    expect = { flags = { "alcohol_considerable", "medical_worse" } },
  },
  {
    name = "no earlier ASI (empty list): no comparison",
    answers = intake(),
    context = { earlier = { asi = {} } },
    expect = { flags = { "alcohol_considerable" } },
  },
  {
    -- psychiatric = 1/11 + 3/330 + 3/44 + 4/44 = 0.0909091 + 0.0090909 + 0.0681818 + 0.0909091 = 0.2590909 → 0.2591
    name = "serious thoughts of suicide (P8) with moderate severity: urgent assessment only",
    answers = with(minimum(), { P8 = 1, P8_life = 1, P11 = 3, P12 = 3, P13 = 4, P22 = 4 }),
    expect = {
      scores = merged(MINIMUM, { psychiatric = 0.2591, psychiatric_severity = 4 }),
      bands = bands("none", "none", "none", "none", "none", "none", "moderate"),
      flags = {}, recommendations = { "urgent_assessment" },
    },
  },
  {
    -- psychiatric = 1/11 = 0.0909091 → 0.0909
    name = "attempted suicide (P9) with severity 6: urgent assessment and psychologist",
    answers = with(minimum(), { P9 = 1, P9_life = 1, P22 = 6 }),
    expect = {
      scores = merged(MINIMUM, { psychiatric = 0.0909 }),
      flags = { "psychiatric_considerable" }, recommendations = { "urgent_assessment", "refer_psychologist" },
    },
  },
  {
    name = "suicidal thoughts observed by the interviewer (P19): urgent assessment, composite unchanged",
    answers = with(minimum(), { P19 = 1 }),
    expect = { scores = MINIMUM, recommendations = { "urgent_assessment" } },
  },
  {
    -- employment = 1 − (1/4 + 1/4 + 30/120 + ln(30000)/36) = 1 − (0.75 + 0.2863598) = −0.0363598 → −0.0364
    -- alcohol    = 3 × 30/180 + 2 × 4/24 + ln(5000)/44 = 0.8333333 + 0.1935726 = 1.0269059 → 1.0269
    -- legal      = 1/5 + 30/150 + 4/20 + 4/20 + ln(20000)/46 = 0.8 + 0.2152932 = 1.0152932 → 1.0153
    name = "no caps: Danish amounts in kroner take composites outside 0-1",
    answers = with(minimum(), {
      E4 = 1, E5 = 1, E11 = 30, E12 = 30000, E17 = 20000,
      D1 = 30, D2 = 30, D26 = 30, D28 = 4, D30 = 4, D23 = 5000,
      L24 = 1, L27 = 30, L28 = 4, L29 = 4,
    }),
    expect = { scores = merged(MINIMUM, { employment = -0.0364, alcohol = 1.0269, legal = 1.0153 }) },
  },
  {
    name = "one krone: ln(1) = 0, the same as nothing",
    answers = with(minimum(), { E12 = 1, E17 = 1, D23 = 1 }),
    expect = { scores = MINIMUM },
  },
  {
    name = "a hidden item's answer does not count: D21 = 5 with D19 = 0 is ignored, not refused",
    answers = with(minimum(), { D21 = 5 }),
    expect = { scores = MINIMUM },
  },
  {
    name = "detox-only treatments (D21) above all alcohol treatments (D19) are refused",
    answers = with(minimum(), { D19 = 2, D21 = 3 }),
    expect = { refused = true },
  },
  {
    name = "convictions (L17) above all charges (L3..L16) are refused",
    answers = with(minimum(), { L3 = 1, L10 = 1, L17 = 3 }),
    expect = { refused = true },
  },
  {
    name = "a yes for the past 30 days with a no for the whole life is refused",
    answers = with(minimum(), { F18 = 1, F18_life = 0 }),
    expect = { refused = true },
  },
}
