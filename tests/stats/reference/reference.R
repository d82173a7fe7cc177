# Reference values for tests/stats/r-reference.test.ts, computed by R's psych package from
# responses.csv (written by generate.ts). Run from the repository root:
#   Rscript tests/stats/reference/reference.R
# It rewrites reference.json; the tests compare syslead's statistics with that file and need no R.
suppressPackageStartupMessages({
  library(psych)
  library(jsonlite)
})
dir <- "tests/stats/reference"
data <- read.csv(file.path(dir, "responses.csv"), na.strings = "")

# Reverse keying on the declared 1-5 scale, never the observed range: keyed = min + max - answer.
data$t4 <- 1 + 5 - data$t4

scales <- list(
  together = c("t1", "t2", "t3", "t4", "t5", "t6", "t7"),
  listening = c("t2", "t3", "t4"),
  acting = c("t5", "t6", "t7"),
  purpose = c("p1", "p2", "p3", "p4"),
  steady = c("s1", "s2", "s3", "s4")
)

# Person scores: the mean of the answered keyed items (impute = "none"). delete = FALSE keeps an
# item without variance (s4) in the person scores, as syslead's scoring does; alpha() leaves it out.
keys <- make.keys(data, lapply(scales, identity))
scored <- suppressWarnings(scoreItems(keys, data[, unique(unlist(scales))], impute = "none", delete = FALSE))

num <- function(x) ifelse(is.na(x), NA, unname(x))
reference <- list(
  r = R.version.string,
  psych = as.character(packageVersion("psych")),
  respondents = nrow(data),
  scales = lapply(names(scales), function(name) {
    items <- scales[[name]]
    x <- data[, items]
    a <- suppressWarnings(alpha(x, check.keys = FALSE))
    kept <- rownames(a$item.stats)  # items without variance are dropped by alpha()
    s <- scored$scores[, name]
    s <- s[!is.nan(s)]
    list(
      id = name,
      items = items,
      raw_alpha = a$total$raw_alpha,
      std_alpha = a$total$std.alpha,
      alpha_items = kept,
      r_drop = num(a$item.stats$r.drop),
      alpha_drop = num(a$alpha.drop$raw_alpha),
      item_n = unname(colSums(!is.na(x))),
      item_mean = unname(colMeans(x, na.rm = TRUE)),
      item_sd = unname(apply(x, 2, sd, na.rm = TRUE)),
      cov = unname(cov(x, use = "pairwise")),
      cor = unname(suppressWarnings(cor(x, use = "pairwise"))),
      scores = unname(scored$scores[, name]),
      score_n = length(s),
      score_mean = mean(s),
      score_sd = sd(s),
      score_median = median(s),
      score_min = min(s),
      score_max = max(s)
    )
  })
)
write_json(reference, file.path(dir, "reference.json"), auto_unbox = TRUE, digits = NA, na = "null", pretty = TRUE)
