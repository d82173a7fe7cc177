# Reference values for tests/stats/psych-extras.test.ts: psych 2.2.9's figures beyond alpha on
# psych's own data sets, bfi (2800 x 25, the five scales of bfi.keys) and ability (1525 x 16, one
# theme of four facets; shipped in psychTools 2.2.9, psych's companion), both with missing answers. Run from the repository root:
#   Rscript tests/stats/psych-extras/reference.R
# It writes bfi.csv and ability.csv (the items as psych ships them) and reference.json; the tests
# read them with neither R nor psych.
suppressPackageStartupMessages({
  library(psych)
  library(jsonlite)
})
dir <- "tests/stats/psych-extras"
num <- function(x) ifelse(is.na(x), NA, unname(x))

# One data set: `scales` lists each theme and facet's items, "-" marking reverse-keyed ones;
# reverse keying on the declared scale [lo, hi], never the observed range.
reference_of <- function(data, scales, lo, hi) {
  keyed <- data
  for (items in scales) for (item in items[startsWith(items, "-")]) {
    name <- sub("-", "", item)
    keyed[[name]] <- lo + hi - data[[name]]
  }
  ids <- lapply(scales, function(items) sub("-", "", items))
  # Person scores as scoreItems(impute = "none"): the mean of the answered keyed items.
  scored <- scoreItems(make.keys(keyed, ids), keyed, impute = "none")$scores
  alphas <- list()
  sections <- lapply(names(ids), function(name) {
    x <- keyed[, ids[[name]]]
    a <- suppressWarnings(alpha(x, check.keys = FALSE, warnings = FALSE))
    alphas[[name]] <<- a$total$raw_alpha
    s <- scored[, name]
    s <- s[!is.nan(s)]
    tt <- t.test(s)
    list(
      id = name,
      rows = nrow(x),
      raw_alpha = a$total$raw_alpha,
      std_alpha = a$total$std.alpha,
      g6 = a$total[["G6(smc)"]],
      average_r = a$total$average_r,
      signal_noise = a$total[["S/N"]],
      ase = a$total$ase,
      median_r = a$total$median_r,
      feldt = c(a$feldt$lower.ci[[1]], a$feldt$upper.ci[[1]]),
      duhachek = c(a$total$raw_alpha - 1.96 * a$total$ase, a$total$raw_alpha + 1.96 * a$total$ase),
      raw_r = num(a$item.stats$raw.r),
      std_r = num(a$item.stats$std.r),
      r_cor = num(a$item.stats$r.cor),
      r_drop = num(a$item.stats$r.drop),
      score_n = length(s),
      score_mean = mean(s),
      mean_se = sd(s) / sqrt(length(s)),
      mean_ci = as.numeric(tt$conf.int)
    )
  })
  r <- cor(scored, use = "pairwise")
  n <- crossprod(!is.na(scored))
  pairs <- list()
  names <- colnames(scored)
  for (i in seq_along(names)) for (j in seq_along(names)) if (i < j) {
    pairs[[length(pairs) + 1]] <- list(
      a = names[i], b = names[j], n = n[i, j], r = r[i, j],
      corrected = r[i, j] / sqrt(alphas[[names[i]]] * alphas[[names[j]]])
    )
  }
  list(respondents = nrow(data), sections = sections, correlations = pairs)
}

data(bfi)
bfi_items <- bfi[, 1:25]
write.csv(cbind(respondent = rownames(bfi_items), bfi_items), file.path(dir, "bfi.csv"), row.names = FALSE, na = "")
data(ability, package = "psychTools") # psych moved ability to psychTools
ability_items <- as.data.frame(ability)
write.csv(cbind(respondent = seq_len(nrow(ability_items)), ability_items), file.path(dir, "ability.csv"), row.names = FALSE, na = "")

# On complete rows, scoreItems(impute = "none") itself prints the same correlations: its $cor (from
# the item covariances) equals cor() of its scores only when nothing is missing.
bfi_keys <- list(
  agree = c("-A1", "A2", "A3", "A4", "A5"),
  conscientious = c("C1", "C2", "C3", "-C4", "-C5"),
  extraversion = c("-E1", "-E2", "E3", "E4", "E5"),
  neuroticism = c("N1", "N2", "N3", "N4", "N5"),
  openness = c("O1", "-O2", "O3", "O4", "-O5")
)
complete <- na.omit(bfi_items)
printed <- scoreItems(bfi_keys, complete, impute = "none")

reference <- list(
  r = R.version.string,
  bfi_complete = list(
    respondents = nrow(complete),
    rows = unname(which(complete.cases(bfi_items))),
    cor = unname(printed$cor),
    corrected = unname(printed$corrected)
  ),
  psych = as.character(packageVersion("psych")),
  bfi = reference_of(bfi_items, list(
    agree = c("-A1", "A2", "A3", "A4", "A5"),
    conscientious = c("C1", "C2", "C3", "-C4", "-C5"),
    extraversion = c("-E1", "-E2", "E3", "E4", "E5"),
    neuroticism = c("N1", "N2", "N3", "N4", "N5"),
    openness = c("O1", "-O2", "O3", "O4", "-O5")
  ), 1, 6),
  ability = reference_of(ability_items, list(
    ability = colnames(ability_items),
    reason = c("reason.4", "reason.16", "reason.17", "reason.19"),
    letter = c("letter.7", "letter.33", "letter.34", "letter.58"),
    matrix = c("matrix.45", "matrix.46", "matrix.47", "matrix.55"),
    rotate = c("rotate.3", "rotate.4", "rotate.6", "rotate.8")
  ), 0, 1)
)
write_json(reference, file.path(dir, "reference.json"), auto_unbox = TRUE, digits = NA, na = "null", pretty = TRUE)
