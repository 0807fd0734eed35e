#!/usr/bin/env bash
# make demo: shows what Tovholder does, in a minute, on the built binary and a fresh demo database.
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$PATH:/opt/swift/usr/bin"
bin="$(swift build --show-bin-path)/tovholder"
demo=Examples/demo
mkdir -p demo-output
export TOVHOLDER_DB="$PWD/demo-output/demo.sqlite" TOVHOLDER_USER="demo.sagsbehandler"
rm -f "$TOVHOLDER_DB" "$TOVHOLDER_DB-wal" "$TOVHOLDER_DB-shm"

step() { printf '\n\033[1m== %s\033[0m\n' "$1"; }
run() { printf '$ tovholder %s\n' "$*"; "$bin" "$@"; }
quiet() { "$bin" "$@" >/dev/null; }

"$bin" --version

step "A demo municipality (Aarhus, 0751) on an embedded SQLite database"
run init --municipality 0751

step "Citizens, one of them anonymous (§ 101 a), and the actors around them"
run citizen add --cpr 0101901235 --name "Jens Hansen"
run citizen add --cpr 1207854422 --name "Maria Jensen"
run citizen add --anonymous --name "Kim" --pseudonym ANON-KIM
quiet actor add --name "Lægehuset Nørregade" --kind gp --organisation
quiet actor add --name "Mette Friis, misbrugsbehandler" --kind drug_treatment
quiet actor add --name "Ambulant psykiatri Øst" --kind outpatient_psychiatry --organisation
quiet actor add --name "Jobcenter Aarhus, mentor" --kind mentor
run actor list

step "Requests become cases; the 14-day treatment guarantee is counted from the request"
run case open --citizen 1 --basis sel101 --requested 2026-09-01
run case open --citizen 2 --basis sul141 --requested 2026-10-20
run case open --citizen 3 --basis sel101a --requested 2026-10-01
run case start 1 --date 2026-09-22
run case list --guarantee-breached --today 2026-11-23

step "Jens's coordinated plan (KIP): consent, coordinator, goals, interventions, the next meeting"
quiet participant add 1 --actor 1 --role "egen læge" --from 2026-09-01
quiet participant add 1 --actor 3 --role "ambulant psykiatri" --from 2026-09-01
run coordinator set 1 --actor 2 --date 2026-09-22
run consent grant 1 --to 1 --categories screening,plan --from 2026-09-22
quiet consent grant 1 --to outpatient_psychiatry --categories screening,plan,health --from 2026-09-22
run consent check 1 --to 1 --category plan --date 2026-11-23
run consent check 1 --to 4 --category plan --date 2026-11-23
run plan new 1 --kind kip
quiet plan set 1 --part kip.challenges.citizen --text "Ustabil bolig; vil gerne beholde sit job"
quiet plan set 1 --part kip.challenges.practitioners --text "Angst og uregelmæssigt fremmøde"
quiet plan goal add 1 --area housing --description "Fast bolig inden sommer" --target 2027-06-01 --priority 1
quiet plan goal add 1 --area substance_use --description "Mindre forbrug på hverdage" --harm-reduction --priority 2
quiet plan goal add 1 --area employment --description "Beholde jobbet som lagermedarbejder" --priority 3
quiet plan intervention add 1 --description "Bostøtte to gange om ugen" --sector social --responsible 2 --goal 1
quiet plan intervention add 1 --description "Samtaleforløb for angst" --sector health --mode integrated --responsible 3 --goal 2
quiet plan external add 1 --kind gp_treatment_plan --owner 1 --date 2026-10-15 --goals "Stabil medicinering"
quiet plan coordinator 1 --actor 2
quiet plan consent 1 --consent 1
quiet plan followup add 1 --due 2027-05-10 --purpose "Næste KIP-møde"
quiet plan meeting add 1 --date 2026-11-10 --participants 1,2,3 --citizen-present yes
run plan activate 1 --date 2026-11-10
quiet plan meeting add 1 --date 2026-11-20 --participants 2,3 --citizen-present no
run plan show 1
run plan history 1
run plan diff 1 3 5

step "Screening: the instruments are Lua flows in a pack, scored in the sandbox"
run screen list
run screen run asi --case 1 --answers Examples/screening/asi-intake.json --date 2026-09-22
run screen run basisscreening --case 1 --answers Examples/screening/basisscreening.json --date 2026-09-23 --json
quiet screen run asi --case 1 --answers Examples/screening/asi-followup.json --date 2026-11-20
echo "(a follow-up ASI two months later, set beside the intake:)"
run screen history --case 1 --flow asi
echo '{ "q1": 4, "q2": 9 }' > demo-output/wrong-answers.json
run screen run audit --case 2 --answers demo-output/wrong-answers.json
echo "(exit status $?: a wrong answer names the item, and nothing is stored)"

step "Packs: a municipality's own pack on top of ours, tested, locked, signed and verified"
rm -rf demo-output/dk.aarhus.screening demo-output/site demo-output/aarhus-key demo-output/aarhus-key.pub
run pack list
run pack new dk.aarhus.screening --into demo-output/dk.aarhus.screening
run pack test demo-output/dk.aarhus.screening --date 2026-11-23
run pack lock demo-output/dk.aarhus.screening
quiet pack keygen --out demo-output/aarhus-key --name aarhus
run pack sign demo-output/dk.aarhus.screening --key demo-output/aarhus-key
mkdir -p demo-output/site
printf '[trust]\nkeys = { "aarhus" = "%s" }\nrequire_signed = true\n' "$(cat demo-output/aarhus-key.pub)" > demo-output/site/site.toml
run pack install demo-output/dk.aarhus.screening --site demo-output/site
run screen list --site demo-output/site
printf '%s\n' "-- changed after signing" >> demo-output/site/packs/dk.aarhus.screening/flows/example.lua
run pack verify demo-output/site/packs/dk.aarhus.screening --site demo-output/site
echo "(exit status $?: a changed file is refused, naming it)"

step "Workflows: the local agreements are Lua rules reacting to what happens (pack dk.tovholder.kip)"
echo "(every command above raised events; the rules made tasks and messages in the same transaction)"
run workflow list
run task list --today 2026-11-23
run outbox list
run case history 1 | head -n 24
echo "(the daily tick: Maria's request of 2026-10-20 has not led to a start, so the guarantee is breached)"
run tick --now 2026-11-23
run tick --now 2026-11-23
echo "(a second tick the same day raises nothing new)"
run outbox mark-sent 1 --channel "sikker mail" --date 2026-11-23

step "A municipality's own agreement, tried on last year's cases before it goes live"
run pack info dk.aarhus.samarbejdsaftale --packs Examples/packs/dk.aarhus.samarbejdsaftale
run workflow simulate --pack Examples/packs/dk.aarhus.samarbejdsaftale --limit 6

step "Reports: Lua report formats the host renders as HTML (with charts), Markdown, CSV and JSON"
run report list
run report run behandlingsgaranti --from 2026-09-01 --to 2026-11-30 --today 2026-11-23 --format md | head -n 24
run report run statistik --from 2026-09-01 --to 2026-11-30 --today 2026-11-23 --format md | sed -n '1p;/## Overblik/,/^\*\*Pr/p;/### Screeninger/,/_Positiv/p'
echo "(the GP's version of the KIP leaves out what Jens has not consented to share with the GP, and says so:)"
run report run kip --case 1 --for 1 --today 2026-11-23 --format md | head -n 8

step "The audit trail: every change and every read, hash-chained"
run audit list --last 5
run audit verify

step "Municipal customisation in Lua: a screening scored by a script, in a sandbox with limits"
run script run "$demo/audit.lua" --now 2026-11-23 --json
run script run "$demo/escape.lua"
run script run "$demo/runaway.lua" --timeout-ms 300
echo "(exit status $?: the runaway script was stopped)"

step "The documents: the KIP, the GP's version of it, the guarantee report and the statistics as HTML"
run report run kip --case 1 --today 2026-11-23 --out demo-output/kip.html
run report run kip --case 1 --for 1 --today 2026-11-23 --out demo-output/kip-egen-laege.html
run report run behandlingsgaranti --from 2026-09-01 --to 2026-11-30 --today 2026-11-23 --out demo-output/behandlingsgaranti.html
run report run statistik --from 2026-09-01 --to 2026-11-30 --today 2026-11-23 --out demo-output/statistik.html
echo "Open them in a browser (self-contained, printable; make report-png renders them to PNG):"
for file in kip kip-egen-laege behandlingsgaranti statistik; do echo "  $PWD/demo-output/$file.html"; done
