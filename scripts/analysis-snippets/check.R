# Runs the R code of docs/analysis.md on the results of the commands the docs name, and checks its answers.
#
#   Rscript check.R DOCS RESULTS ORACLE FORMAT
#
# DOCS is docs/analysis.md, RESULTS the folder the code's "results/" stands for, ORACLE the CSV results of the same
# commands and seeds, FORMAT the format of RESULTS: parquet runs the code as printed (it needs arrow); csv runs it
# with read.csv for read_parquet and the CSV files read into one data frame for open_dataset, as the docs' comments
# say. The answers are checked against the runs' own summaries (series.csv), read here without dplyr.
args <- commandArgs(trailingOnly = TRUE)
docs <- args[1]; results <- args[2]; oracle <- args[3]; fmt <- args[4]
text <- paste(readLines(docs, encoding = "UTF-8"), collapse = "\n")
starts <- gregexpr("```r\n", text, fixed = TRUE)[[1]]
if (length(starts) != 1 || starts[1] < 0) stop(docs, ": expected one ```r block, found ", max(0, sum(starts > 0)))
rest <- substring(text, starts[1] + 5)
code <- substring(rest, 1, regexpr("```", rest, fixed = TRUE) - 1)
if (fmt == "csv") {
  code <- gsub("library(arrow); ", "", code, fixed = TRUE)
  code <- gsub("read_parquet(", "read.csv(", code, fixed = TRUE)
  code <- gsub("open_dataset(", "csv_dataset(", code, fixed = TRUE)
  code <- gsub(".parquet\"", ".csv\"", code, fixed = TRUE)
  if (grepl("parquet|arrow", code)) stop(docs, ": the R block names Parquet where the CSV reading cannot stand in for it:\n", code)
  csv_dataset <- function(files) do.call(rbind, lapply(files, read.csv))
}
code <- gsub("\"results/", paste0("\"", results, "/"), code, fixed = TRUE)
printed <- capture.output(suppressPackageStartupMessages(eval(parse(text = code, keep.source = FALSE))))

failures <- 0
check <- function(what, ok) {
  cat(if (isTRUE(ok)) "ok    " else "FAIL  ", what, "\n", sep = "")
  if (!isTRUE(ok)) failures <<- failures + 1
}
close <- function(a, b, rel = 2e-5) isTRUE(abs(as.numeric(a) - as.numeric(b)) <= rel * abs(as.numeric(b)) + 1e-9)
summary_row <- function(run, measure, year) {
  s <- read.csv(file.path(oracle, "compare/rules", run, "series.csv"), stringsAsFactors = FALSE)
  s[s$measure == measure & s$subject == "SCO" & s$year == year, ]
}

# 1. agreements adopted by 2016 in the baseline: mean, sd and n as the comparison's series.csv has them
s <- summary_row("sco-baseline", "agreements_adopted", 2016)
check("agreements adopted in 2016: one row", nrow(adopted) == 1 && nrow(s) == 1)
check("agreements adopted in 2016: mean, sd and n are series.csv's",
      close(adopted$mean, s$mean) && close(adopted$sd, s$sd, 1e-4) && adopted$n == s$n)

# 2. mean trust in 2016 of every scenario, read as one dataset: each scenario's own series.csv
runs <- sort(basename(Sys.glob(file.path(oracle, "compare/rules/*/series.csv")) |> dirname()))
by_run <- as.data.frame(trust_by_run)
check(paste0("mean trust in 2016 by scenario: ", paste(by_run$run, collapse = ", ")), identical(sort(as.character(by_run$run)), runs))
check("mean trust in 2016 by scenario: each mean and n is the scenario's series.csv",
      all(vapply(seq_len(nrow(by_run)), function(k) {
        s <- summary_row(as.character(by_run$run[k]), "mean_trust", 2016)
        close(by_run$mean[k], s$mean) && by_run$n[k] == s$n
      }, logical(1))))

cat("R block of ", docs, ", ", fmt, ": ", if (failures == 0) "every check passed" else paste(failures, "failed"), "\n", sep = "")
quit(status = if (failures == 0) 0 else 1)
