//! `gendered-wording`: masculine-coded wording after Gaucher, Friesen and Kay (2011).

use crate::lint::gender::{Coding, GenderVerdict};
use crate::lint::rule::{declare_rule, Context};
use crate::lint::{Diagnostic, Related};
use crate::model::{Section, Severity};

declare_rule! {
    /// Flags masculine-coded words and warns when they clearly outweigh feminine-coded ones.
    ///
    /// ## What it does
    /// Looks for the words that Gaucher, Friesen and Kay (2011) found to be masculine-coded
    /// ("assertive", "competitive", "dominant", "decisive", ...), as whole words. Each one that
    /// names a trait of the person sought ("assertive", "aggressive", "dominant", "ambitious",
    /// "confident", "does not back down", "doesn't take no for an answer"), in any form ("assertiveness", "competitiveness",
    /// "aggressively", "decisively", "self-confidence"), gets a suggestion of its own. The other coded words,
    /// which mostly name a skill or describe the work ("analytical", "challenging problems",
    /// "autonomy", "independently", "driven", "individual"), are only counted for the
    /// posting-level balance. Every distinct word counts once per posting; when the
    /// masculine-coded words outnumber the feminine-coded ones by three or more (and at least
    /// two to one), and at least one of them is a trait asked of the person, the posting also
    /// gets a warning, filed under the summary (it is about the posting's tone as a whole) and
    /// pointing at each coded word. Job vocabulary that merely shares a stem
    /// ("analytics", "responsibilities", "competitive salary") is not counted, nor are the
    /// title, benefits and the equal-opportunity statement.
    ///
    /// ## Why is this bad?
    /// In the study's experiments, the same job written with masculine-coded words was rated
    /// less appealing by women, who also expected to belong less there; men were hardly affected
    /// by feminine-coded wording. The effect is about the overall tone, so the posting-level
    /// balance matters more than any single word.
    ///
    /// ## Example
    /// ```text
    /// We want an assertive, competitive, dominant leader who thrives under pressure.
    /// ```
    ///
    /// ## Use instead
    /// ```text
    /// You will set direction for the team, make calls when priorities conflict, and support
    /// the people you work with.
    /// ```
    ///
    /// ## What it does not flag
    /// On its own, a coded word that is not a trait ("analytical skills", "challenging
    /// problems", "work autonomously", the company's "ambition": counted for the balance
    /// only); nor the balance itself when no masculine-coded word is a trait ("an active
    /// role", "analytical skills", "work independently": the work described, not the person),
    /// a selective programme
    /// ("a highly competitive program"), a skill ("confident using computers", "confident on
    /// the phone", "confident
    /// reading a P&L", "confident placing IV lines", "confident in Excel", "confident in
    /// English", "confident in the kitchen", "confident to work alone", "a confident telephone
    /// manner", "a confident radio manner", "a confident driver", "a confident IT user", "confident and competent in basic
    /// life support"), something rather than someone ("be part of something ambitious"), the
    /// people the job serves
    /// or handles ("residents can sometimes be aggressive", "when residents are frightened or
    /// aggressive", "residents who may respond
    /// aggressively", "some of the people we support
    /// ... can occasionally be aggressive", "managing aggressive individuals", "parents who
    /// are hostile", "the occasional member who gets aggressive about a fee", "people who may
    /// respond aggressively when they are frightened", "service users
    /// who are distressed or aggressive", "opposing counsel who
    /// are aggressive", "witnesses, some of whom will be hostile", "auctions, some of which
    /// turn aggressive", "report aggressive drivers", "refuse entry to anyone
    /// who is drunk or aggressive", "advise sellers who are aggressive about
    /// list price", "some will be hostile", "any bull that is aggressive", "the wind load case, which is
    /// usually dominant", "PID loops that
    /// respond too aggressively", "where every child feels
    /// confident", "a team where every player feels confident", "so district managers feel
    /// confident in the inventory", "so they walk into the interview confident"), trust in a
    /// thing ("so they need to be confident in them",
    /// "confident in the results"), a trait the job builds in others ("help students build
    /// self-confidence"), care models ("Assertive Community Treatment", "Assertive
    /// Outreach"), patient-safety training ("graded assertiveness"), and a
    /// thing rather than a person
    /// ("aggressive cancer treatment", "a dominant market position", "the dominant driver of
    /// prices", "competitors' aggressive
    /// discounting", "aggressive timelines", "aggressive dogs", "the dominant cloud provider",
    /// "big ambitious bets", "a competitive market" (or candidate market), "decisive action", "the athletic
    /// department" (and "the athletic department's events"), "athletic trainers", "dominance-based handling", "greedy algorithms",
    /// "stubborn stains", "an opinionated framework", "hostile situations", "a hostile work
    /// environment", "unreasonable hours", "courageous conversations", "market dominance",
    /// "the competitiveness of our pay", "a dominant player in the market", "domain
    /// dominance" (a security test's goal), "limb dominance" (a clinical measure), research topics ("dominance hierarchies"), a sport
    /// ("a competitive swimming coach"), "help the lab remain competitive", an applicant's standing in a
    /// selection ("applicants who score highest are the most competitive for the interview
    /// stage", "the most competitive for referral"), a thing ("tell us early if it's too ambitious"), a denial ("a
    /// dominant personality is not what we need", "dominance-free", "you don't need to be the
    /// most confident voice in the room or a forceful negotiator"), the company's values each explained by it ("-
    /// **Fearless** - we show unfinished work early": counted for the balance only), "keep
    /// our offer competitive", "we cache aggressively" (in a duty too), "the store remains
    /// competitive on price", "our clinic boasts ...", "we dominate the regional
    /// market", "the board acted decisively", "we cache
    /// the results aggressively", "an adventurous menu", "an independent second review"), the
    /// company's own confidence ("we are confident in the product") and its own approach or
    /// team ("we take an aggressive approach to technical debt", "we're an ambitious team":
    /// counted for the balance only), someone else's ("our founder is an outspoken
    /// campaigner", "we're the dominant player in payroll"), the workplace's ("a highly
    /// competitive environment"), an outcome the job brings about ("we'll train you until
    /// you're confident", "help learners become confident drivers", "every pupil leaves us
    /// confident", "helping people feel confident on the gym floor", "support people to be
    /// more assertive with landlords"), a trait the posting denies ("you won't need to be
    /// pushy or aggressive", "athletic ability is not required"), what someone may be or was
    /// ("a few can be aggressive", "agents who were forceful at the door", "the tower would
    /// be visually dominant"), quoted speech ("I used to be the stubborn one"), the strength of an
    /// application in federal and academic postings ("the most competitive candidates will
    /// have ...", "to be competitive for this position"), and a product or company
    /// named with the word, capitalised inside a sentence ("why Assertive is worth paying
    /// for", "Don Valley Athletic FC"). "Aggressive", "dominant", "ambitious" and "competitive" count before a person or role ("an aggressive, competitive self-starter", "a dominant
    /// personality") or said of the person ("you are ambitious"), not before any other
    /// noun. The same
    /// spelling in another sense: a verb ("salary will be determined upon selection",
    /// "To Be Determined", "determined by a background check"), a noun that only names the
    /// person or the role ("report to your leader", "a dedicated individual who ...", "serve as
    /// a leader and mentor"), and terms of art ("Appointment Type: Competitive Service",
    /// "balance competing priorities", "individual contributor", "individual differences",
    /// "thought leader", "exercise independent judgment", care work's "challenging
    /// behaviour", the UK employer scheme "Disability Confident"). "Superior" only counts as a
    /// comparison with people ("superior to others"); "superior attention to detail" is a vague
    /// bar, left to `vague-requirement`. The title field is never read.
    /// ```text
    /// Salary will be determined upon selection. Appointment Type: Competitive Service.
    /// ```
    id: "gendered-wording",
    category: Bias,
    severity: Suggestion,
    has_fix: false,
    check: check,
}

fn check(context: &Context, diagnostics: &mut Vec<Diagnostic>) {
    let words = context.coded_words();
    if words.is_empty() {
        return;
    }
    for coded in words
        .iter()
        .filter(|w| w.coding == Coding::Masculine && w.is_trait)
    {
        let field = coded.field(context);
        let text = &field.text[coded.found.span.clone()];
        diagnostics.push(Diagnostic::spanned(
            &RULE,
            field.field,
            coded.found.span.clone(),
            format!("'{text}' is masculine-coded wording"),
            "Studies found masculine-coded words make a job less appealing to women. Describe the behaviour you need instead of a trait.",
        ));
    }
    let meter = context.gender_meter();
    if meter.verdict != GenderVerdict::StronglyMasculine
        || !words
            .iter()
            .any(|w| w.coding == Coding::Masculine && w.is_trait)
    {
        return;
    }
    // The five most frequent, and how many more: the count and the list must agree.
    let shown: Vec<String> = meter
        .masculine
        .iter()
        .take(5)
        .map(|(word, _)| format!("'{word}'"))
        .collect();
    let mut names = shown.join(", ");
    if meter.masculine.len() > shown.len() {
        names.push_str(&format!(
            " and {} more",
            meter.masculine.len() - shown.len()
        ));
    }
    // The tone of the whole posting: filed under the summary, whichever section the coded
    // words are in (the related places below point at them).
    let section = Section::Summary;
    let mut warning = Diagnostic::posting_level(
        &RULE,
        section,
        format!(
            "masculine-coded wording dominates: {} masculine-coded words ({}) against {} feminine-coded",
            meter.masculine.len(),
            names,
            meter.feminine.len()
        ),
        meter.explanation.clone(),
    )
    .with_severity(Severity::Warning);
    for coded in words
        .iter()
        .filter(|w| w.coding == Coding::Masculine)
        .take(10)
    {
        warning = warning.with_related(Related {
            field: coded.field(context).field,
            span: coded.found.span.clone(),
            message: format!("'{}'", coded.word),
        });
    }
    diagnostics.push(warning);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::rules::testing::{flagged, item, run, summary};
    use crate::model::ListKind;

    /// Asserts that no word of `posting` is flagged on its own (the posting-level balance may
    /// still warn).
    fn assert_no_word_flagged(posting: &crate::model::Posting) {
        let diagnostics = run(&RULE, posting);
        assert!(
            diagnostics.iter().all(|d| d.span.is_none()),
            "{:?}",
            flagged(posting, &diagnostics)
        );
    }

    #[test]
    fn flags_each_occurrence_and_warns_on_dominance() {
        let posting =
            summary("An assertive, competitive, dominant and decisive leader. Be assertive.");
        let diagnostics = run(&RULE, &posting);
        let words = flagged(&posting, &diagnostics);
        assert_eq!(
            words[..5],
            [
                "assertive",
                "competitive",
                "dominant",
                "decisive",
                "assertive"
            ]
        );
        let warning = diagnostics.last().unwrap();
        assert_eq!(warning.severity, Severity::Warning);
        assert!(warning.field.is_none());
        assert!(warning.message.contains("4 masculine-coded words"));
        // The warning is about the whole posting: filed under the summary wherever the words
        // are, pointing at each of them.
        let posting = item(
            ListKind::MustHave,
            "An assertive, competitive, dominant and decisive leader.",
        );
        let diagnostics = run(&RULE, &posting);
        let warning = diagnostics.last().unwrap();
        assert!(warning.field.is_none() && warning.section == Section::Summary);
        assert_eq!(warning.related.len(), 4);
        // More words than the message names: it says how many more.
        let posting =
            summary("An assertive, competitive, dominant, decisive, fearless and forceful leader.");
        let diagnostics = run(&RULE, &posting);
        let warning = diagnostics.last().unwrap();
        assert!(
            warning.message.contains("6 masculine-coded words (")
                && warning.message.contains(" and 1 more)"),
            "{}",
            warning.message
        );
    }

    #[test]
    fn warns_of_the_balance_only_when_a_trait_is_asked() {
        // Three coded words, none of them a trait asked of the person: the work described.
        let posting =
            summary("An active role. Strong analytical skills. Ability to work independently.");
        assert!(run(&RULE, &posting).is_empty());
        // One trait among them tips it.
        let posting = summary(
            "An active role. Strong analytical skills. Ability to work independently. You are assertive.",
        );
        let diagnostics = run(&RULE, &posting);
        assert_eq!(flagged(&posting, &diagnostics), ["assertive", ""]);
        assert!(diagnostics
            .last()
            .is_some_and(|warning| warning.message.contains("4 masculine-coded words")));
    }

    #[test]
    fn ignores_stems_inside_job_words() {
        let posting = summary("Own analytics responsibilities; competitive salary; analysts.");
        assert!(run(&RULE, &posting).is_empty());
    }

    #[test]
    fn ignores_verbs_roles_and_terms_of_art() {
        let posting = summary(
            "Salary to be determined upon selection. Appointment Type: Competitive Service. \
             Report to your leader. We seek a dedicated individual. Balance competing \
             priorities. Superior attention to detail. Acts as a thought leader. Support \
             clients with challenging behaviour.",
        );
        let diagnostics = run(&RULE, &posting);
        assert!(
            diagnostics.is_empty(),
            "{:?}",
            flagged(&posting, &diagnostics)
        );
    }

    #[test]
    fn ignores_the_applicant_pool_outcomes_and_the_company_itself() {
        let posting = summary(
            "The most competitive candidates will have experience with Section 508. To be \
             competitive for this role, you should have managed a budget. We'll train you until \
             you're confident. Help learners become confident drivers. We take an aggressive \
             approach to paying down technical debt. We're an ambitious team of twelve. We \
             need a decisive answer from legal by Friday. We want every pupil to leave us \
             confident and active for life. Helping people feel confident on the gym floor \
             is the whole point.",
        );
        assert_no_word_flagged(&posting);
        // Asked of the person sought, it is still flagged.
        let posting = summary(
            "We want a confident leader, because helping people feel confident is the point.",
        );
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["confident"]);
    }

    #[test]
    fn flags_traits_listed_before_the_person_or_ending_in_a_participle() {
        let posting = summary(
            "We are looking for an ambitious and competitive graduate. We're looking for an \
             ambitious team player.",
        );
        let found = flagged(&posting, &run(&RULE, &posting));
        assert_eq!(found[..3], ["ambitious", "competitive", "ambitious"]);
        let posting = item(
            ListKind::MustHave,
            "Confident, articulate and well organised.",
        );
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["Confident"]);
        // "Well able to ..." is one more trait of the list, and self-reliance a trait too.
        for (text, word) in [
            (
                "Confident, self-motivated and well able to manage subcontractors",
                "Confident",
            ),
            (
                "Self-reliant and dependable, able to run a job with minimal supervision",
                "Self-reliant",
            ),
        ] {
            let posting = item(ListKind::MustHave, text);
            assert_eq!(flagged(&posting, &run(&RULE, &posting)), [word], "{text}");
        }
        // "Decisive results" is an exception; a comma puts "results" in the next phrase.
        let posting = item(
            ListKind::MustHave,
            "Decisive, results-driven leader who can act under pressure.",
        );
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["Decisive"]);
        let posting = item(
            ListKind::MustHave,
            "A confident, decisive advocate who is comfortable taking the lead in court",
        );
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting)),
            ["confident", "decisive"]
        );
        let posting = item(
            ListKind::Responsibilities,
            "Deliver decisive results for the region.",
        );
        assert!(flagged(&posting, &run(&RULE, &posting)).is_empty());
        // A role named with capitals after the traits, in a sentence that seeks someone.
        let posting = summary(
            "The Trustees are seeking to appoint an inspirational, confident and decisive \
             Headteacher to lead our school.",
        );
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting))[..2],
            ["confident", "decisive"]
        );
        let posting = summary("We're looking for a competitive Account Director who loves to win.");
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting))[..1],
            ["competitive"]
        );
        // Not a role: a capitalised adjective before a noun, or no seeking.
        let posting = summary(
            "We're hiring into an ambitious Scottish company. We coach competitive Premier \
             League academies.",
        );
        assert_no_word_flagged(&posting);
    }

    #[test]
    fn ignores_things_and_other_people_described_with_a_trait_word() {
        let posting = summary(
            "Our clinic boasts new imaging equipment. We won't ask for unreasonable hours. \
             Implement greedy algorithms. Support residents whose impulsive behaviour puts \
             them at risk. De-escalate hostile situations. A hostile work environment is not \
             tolerated. Remove stubborn stains. We build on an opinionated framework. Assess \
             the competitiveness of our pay. Report on market dominance. Facilitate courageous \
             conversations in the classroom. We dominate the regional market. The board acted \
             decisively when the pandemic hit.",
        );
        assert_no_word_flagged(&posting);
        let posting = summary(
            "You are a courageous leader. Stubborn and opinionated people. You'll dominate \
             your territory.",
        );
        let found = flagged(&posting, &run(&RULE, &posting));
        assert_eq!(
            found[..4],
            ["courageous", "Stubborn", "opinionated", "dominate"]
        );
    }

    #[test]
    fn ignores_the_people_served_and_skills_with_their_object() {
        let posting = summary(
            "Occasionally patients can be aggressive. Residents living with dementia can \
             sometimes be aggressive or distressed. The dogs in our care can be dominant.",
        );
        let diagnostics = run(&RULE, &posting);
        assert!(diagnostics.iter().all(|d| d.span.is_none()));
        for text in [
            "Confident in Excel and Outlook.",
            "Confident at using Microsoft Word.",
            "You are confident in English and Spanish.",
            "Confident on the phone and with computers.",
            // Sure of something, not self-assured.
            "Operators adjust the process from your numbers, so they need to be confident in them.",
            "Clinicians must be confident in the results you report.",
        ] {
            let posting = item(ListKind::MustHave, text);
            assert!(run(&RULE, &posting).is_empty(), "{text}");
        }
        let posting = summary("You are confident in front of large groups. You must be assertive.");
        let found = flagged(&posting, &run(&RULE, &posting));
        assert_eq!(found[..2], ["confident", "assertive"]);
        // A manner in a relative clause about them is theirs; the same adverb of the duty is
        // the person's.
        let posting = item(
            ListKind::Responsibilities,
            "Use calm approaches with residents who are frightened or who may respond aggressively when confused.",
        );
        assert!(run(&RULE, &posting).is_empty());
        // What the people served are, after "are": theirs.
        for text in [
            "Respond calmly when residents are frightened or aggressive",
            "Support clinical staff with patients who are distressed, intoxicated or aggressive",
            "Respond calmly when young people are in crisis, including when they are frightened, intoxicated or aggressive",
        ] {
            let posting = item(ListKind::Responsibilities, text);
            assert!(run(&RULE, &posting).is_empty(), "{text}");
        }
        let posting = item(
            ListKind::Responsibilities,
            "Pursue new accounts aggressively with residents' associations.",
        );
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["aggressively"]);
    }

    #[test]
    fn the_people_served_are_sought_when_the_trait_is_what_is_looked_for() {
        let posting = summary(
            "We are looking for ambitious, intellectually curious final-year students. You \
             will coach ambitious students. We are an ambitious family business.",
        );
        let found = flagged(&posting, &run(&RULE, &posting));
        assert_eq!(found, ["ambitious"]);
        let posting = summary("We are looking for someone to coach ambitious students.");
        assert!(flagged(&posting, &run(&RULE, &posting)).is_empty());
    }

    #[test]
    fn a_driver_of_prices_is_a_cause() {
        let posting = summary("Wind is the dominant driver of imbalance prices in winter.");
        assert!(flagged(&posting, &run(&RULE, &posting)).is_empty());
        let posting = summary("We want a dominant driver for our delivery routes.");
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["dominant"]);
    }

    #[test]
    fn what_the_people_served_may_be_is_theirs() {
        let posting = summary(
            "Many of the people who come through custody are vulnerable: some are intoxicated, \
             and a few may be aggressive when they arrive. Some of the people we support show \
             behaviours that challenge, and can occasionally be aggressive.",
        );
        assert!(flagged(&posting, &run(&RULE, &posting)).is_empty());
        let posting = summary("We need people who can be assertive. You may be assertive.");
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting)),
            ["assertive", "assertive"]
        );
    }

    #[test]
    fn ignores_people_handled_traits_built_in_others_and_care_models() {
        let posting = summary(
            "Experience managing aggressive individuals. Trained to de-escalate aggressive or \
             abusive people calmly. Join our Assertive Community Treatment team. Work in the \
             Assertive Outreach Team. Help students build self-confidence. Boost the \
             self-confidence of young people through sport.",
        );
        assert_no_word_flagged(&posting);
        let posting = item(
            ListKind::MustHave,
            "Confident and competent in basic life support.",
        );
        assert!(run(&RULE, &posting).is_empty());
        let posting = summary(
            "We want aggressive people who hate to lose. Self-confidence and a thick skin are \
             essential.",
        );
        let found = flagged(&posting, &run(&RULE, &posting));
        assert_eq!(found[..2], ["aggressive", "Self-confidence"]);
    }

    #[test]
    fn flags_a_combative_trait() {
        let posting = summary("Someone who does not back down from a challenge.");
        let found = flagged(&posting, &run(&RULE, &posting));
        assert_eq!(found, ["back down"]);
    }

    #[test]
    fn ignores_skills_and_work_descriptions_alone() {
        let posting = summary(
            "Strong analytical skills. You will work on challenging problems with autonomy, \
             sometimes independently. A highly competitive program. Confident using computers.",
        );
        let diagnostics = run(&RULE, &posting);
        // They still count for the balance, but none is flagged on its own.
        assert!(
            diagnostics.iter().all(|d| d.span.is_none()),
            "{:?}",
            flagged(&posting, &diagnostics)
        );
    }

    #[test]
    fn counts_non_trait_words_for_the_warning() {
        // Without a trait asked of the person there is no warning (see
        // `warns_of_the_balance_only_when_a_trait_is_asked`); with one, every coded word counts.
        let posting = summary(
            "An analytical, autonomous and driven hire for challenging, competitive work. You are assertive.",
        );
        let diagnostics = run(&RULE, &posting);
        let warning = diagnostics.last().unwrap();
        assert_eq!(warning.severity, Severity::Warning);
        assert!(
            warning.message.contains("5 masculine-coded words"),
            "{}",
            warning.message
        );
        assert!(diagnostics[..diagnostics.len() - 1]
            .iter()
            .all(|d| d.severity == Severity::Suggestion));
    }

    #[test]
    fn flags_trait_nouns_and_adverbs() {
        let posting = summary(
            "Competitiveness and assertiveness; you negotiate decisively and fearlessly, with self-confidence.",
        );
        let found = flagged(&posting, &run(&RULE, &posting));
        assert_eq!(
            found[..5],
            [
                "Competitiveness",
                "assertiveness",
                "decisively",
                "fearlessly",
                "self-confidence"
            ]
        );
        let posting = item(
            ListKind::MustHave,
            "A calm manner, and the confidence to hold your own with suppliers",
        );
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["confidence"]);
        // Confidence built in others, or said of a thing.
        let posting = summary(
            "Our training gives you the confidence to work alone. We help patients gain the \
             confidence to walk again. Treat records in confidence. We have confidence in \
             the product.",
        );
        assert_no_word_flagged(&posting);
    }

    #[test]
    fn ignores_the_ambition_of_the_company() {
        let posting = summary("Ambition and engineering have taken us a long way.");
        assert!(run(&RULE, &posting).is_empty());
        // Said of a thing before the verb.
        let posting = item(
            ListKind::Responsibilities,
            "Lead teaching, making sure the curriculum is ambitious for every pupil",
        );
        assert_no_word_flagged(&posting);
        let posting = summary("Our plan is ambitious: 300 more homes by 2032.");
        assert_no_word_flagged(&posting);
        // Said of the person sought.
        let posting = summary(
            "The ideal candidate is ambitious. Someone that is assertive. A trainer who loves \
             lifting and is competitive.",
        );
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting))[..3],
            ["ambitious", "assertive", "competitive"]
        );
    }

    #[test]
    fn ignores_traits_of_others_outcomes_and_denials() {
        for text in [
            // Someone else's trait, or the company's, or a thing's.
            "Our founder is an outspoken supporter of public lands.",
            "Our safety record is superior to the industry average.",
            "We never back down from a fight on behalf of our clients.",
            "We make fast, decisive credit committee calls.",
            "Recommend decisive corrective action.",
            "We're the dominant player in hospitality payroll.",
            "Negotiate pricing with hospital groups in a highly competitive environment.",
            "Coach or co-coach one competitive team per season.",
            "The role covers business support and regional competitiveness.",
            "Run our assertiveness course for women in our refuge.",
            // What the job helps others feel or be.
            "Create a classroom where quieter students feel confident to take part.",
            "Support people to be more independent and self-sufficient.",
            "Encourage residents to be assertive about their own choices.",
            "The service helps survivors become more assertive and rebuild self-confidence.",
            "Help children become independent and self-confident.",
            "We help players build the self-confidence to recover from mistakes.",
            // Denied.
            "You won't need to be pushy or aggressive.",
            "You don't need to be physically imposing or aggressive.",
            "This is not a role for a shouty, forceful manager.",
            "Athletic ability is not required.",
            "An athletic build is not needed.",
            "Forget the old stereotype of the aggressive, commission-hungry salesperson.",
            // Other parties, the company's own people, colleagues.
            "Keep track of competitors who are discounting aggressively.",
            "Keep an eye on competitors who are aggressive on price.",
            "Stay polite with members of the public who are abusive or aggressive.",
            "Where a single supplier is dominant in a market, record why.",
            "Help our customers dominate their local market.",
            "Our clinical nurse managers, who are confident and decisive in a crisis, are backed by a strong team.",
            "You'll join a team of opinionated, competitive engineers who argue hard.",
            "We compete despite Tesco's dominance in the town.",
            "Deal with people who are distressed, intoxicated, or hostile and aggressive towards officers.",
            // What someone may be or was, quoted speech, someone's named before.
            "Some of the men we hold can be aggressive or hostile, especially in their first weeks.",
            "Many people arrive anxious, and some can be hostile when they first arrive.",
            "Cases include controlling behaviour where one partner has been dominant and coercive.",
            "The tower would be visually dominant in the conservation area.",
            "Clients tell us about enforcement agents who were forceful at the door.",
            "Advise on whether a counterparty's conduct was reckless or merely negligent.",
            "A peer worker says: \"I used to be the stubborn one who refused every appointment.\"",
            "Our violence-reduction team works to break that dominance.",
            "The programme helps girls who have dropped out of PE feel confident in sport again.",
            "Work with our sports science staff on athletic development plans.",
            // One of the people served, named alone; a possessive of an exception's noun; the
            // manner of a radio call; an applicant's standing in a selection.
            "We want a coach who builds a team where every player feels confident enough to speak up.",
            "Take part in the athletic department's compliance education.",
            "Take part in the athletic department\u{2019}s compliance education.",
            "Confident radio manner and calm under pressure.",
            "Applicants who score highest on the test are the most competitive for the interview stage.",
            // One member served; a thing after "it's too"; a denial over both sides of "or".
            "Handle cancellations, including the occasional member who gets aggressive about a fee.",
            "We have a plan for the year, and we'd rather you tell us early if it's too ambitious.",
            "You don't need to be the most confident voice in the room or a forceful negotiator.",
            // What people in crisis may do; a clinical measure.
            "Respond calmly when someone is in crisis, including people who may respond aggressively when they are frightened.",
            "Write return-to-sport plans, including limb dominance and strength testing.",
            // What the work is for, felt by others; a federal applicant's standing.
            "Work with Store Operations so district managers feel confident in the inventory each store receives.",
            "Applicants who score highest are the most competitive for referral to the hiring manager.",
            // A club's name; a market's, and an application's, competition.
            "Don Valley Athletic is a community-owned football club founded in 1889.",
            "Sell season tickets for Don Valley Athletic FC on matchdays.",
            "It is a competitive candidate market: good engineers have several offers.",
        ] {
            assert_no_word_flagged(&summary(text));
        }
    }

    #[test]
    fn flags_the_same_traits_asked_of_the_person() {
        for (text, words) in [
            (
                "We need a confident, hands-on Team Leader.",
                &["confident"][..],
            ),
            ("We need people who can be assertive.", &["assertive"]),
            (
                "You are assertive and outspoken.",
                &["assertive", "outspoken"],
            ),
            (
                "We want a fearless, forceful closer.",
                &["fearless", "forceful"],
            ),
            ("You never back down from a challenge.", &["back down"]),
            (
                "You will need to be assertive with contractors.",
                &["assertive"],
            ),
            // A capitalised word after a sentence's first word is no name.
            ("Be Assertive with suppliers and calm with staff.", &["Assertive"]),
            // "So" as "therefore", not a purpose: the trait is still asked of the person.
            (
                "The cab is your office, so you need to be self-reliant.",
                &["self-reliant"],
            ),
            (
                "Our ideal candidate, who is confident and decisive, will lead the ward.",
                &["confident", "decisive"],
            ),
            (
                "You will be a confident classroom practitioner with high expectations.",
                &["confident"],
            ),
            (
                "You will be an ambitious researcher with clear plans.",
                &["ambitious"],
            ),
            (
                "You'll need to be confident dealing with the public.",
                &["confident"],
            ),
            (
                "You must remain calm and decisive during busy election periods.",
                &["decisive"],
            ),
            (
                "You will need to be confident and assertive in setting boundaries.",
                &["confident", "assertive"],
            ),
            (
                "You will need to be resilient and decisive, because some days are quick.",
                &["decisive"],
            ),
            // A verb joined to a "who" clause shares its subject.
            (
                "You will be a hands-on leader who thrives in a fast-paced environment and is assertive with suppliers.",
                &["assertive"],
            ),
        ] {
            let posting = summary(text);
            let diagnostics = run(&RULE, &posting);
            let flagged: Vec<String> = flagged(&posting, &diagnostics)
                .into_iter()
                .filter(|words| !words.is_empty())
                .collect();
            assert_eq!(flagged, words, "{text}");
        }
        for (text, words) in [
            (
                "Decisive and comfortable making decisions.",
                &["Decisive"][..],
            ),
            ("Decisive under pressure.", &["Decisive"]),
            (
                "Must be assertive and have command presence.",
                &["assertive"],
            ),
            ("A calm, assertive manner with the public.", &["assertive"]),
            (
                "Assertive but fair: you run a tight kitchen.",
                &["Assertive"],
            ),
            (
                "Bold and opinionated - you'll push back on clients.",
                &["opinionated"],
            ),
            ("A confident presence in the courtroom.", &["confident"]),
            (
                "Comfortable being the decisive voice when a design review stalls.",
                &["decisive"],
            ),
        ] {
            let posting = item(ListKind::MustHave, text);
            assert_eq!(flagged(&posting, &run(&RULE, &posting)), words, "{text}");
        }
    }

    #[test]
    fn ignores_traits_of_the_people_the_work_deals_with_in_duties() {
        for text in [
            "Work with parents who are hostile or aggressive towards professionals",
            "Manage the occasional bite or toddler who is aggressive towards friends",
            "Handle calls from account holders who are angry or aggressive",
            "De-escalate situations with service users who are distressed or aggressive",
            "Manage complaints, including from relatives who are aggressive or abusive towards staff",
            "Support children with SEMH needs who may at times be aggressive or dysregulated",
            "Assess risk in families where one parent is dominant and controlling",
            "Create a calm, safe classroom where every child feels confident to have a go",
            "Monitor local competitor pricing to keep our offer competitive",
            "Make sure the store remains competitive on price, range and service",
            "Deal with aggressive or abusive customers calmly, and support colleagues after difficult incidents",
            "Help people become more assertive and self-confident in dealing with housing",
            "Respond to opposing counsel who are aggressive in discovery",
            "Prepare and cross-examine witnesses, some of whom will be hostile",
            "Explain procedures to self-represented litigants, who are often anxious and sometimes angry or hostile",
            "Lead several abuse-of-dominance investigations",
            "Handle complaints, including the occasional guest who is aggressive after a long night.",
            // The company's values, each explained by the company.
            "**Fearless** - we show unfinished work early.",
            "Ambitious: we want to open ten sites.",
            "Decisive. We make a call and move on.",
        ] {
            assert_no_word_flagged(&item(ListKind::Responsibilities, text));
        }
        for text in [
            "We're not looking for pushy, aggressive salespeople.",
            "We don't want pushy, aggressive salespeople.",
        ] {
            assert_no_word_flagged(&summary(text));
        }
        // The person sought still is.
        for (text, words) in [
            (
                "You're an ambitious, self-directed banker with an established network.",
                &["ambitious"][..],
            ),
            (
                "We need a nurse who will be assertive with doctors.",
                &["assertive"],
            ),
            ("We want pushy, aggressive salespeople.", &["aggressive"]),
            ("We need someone who is often decisive.", &["decisive"]),
            ("Decisive: you make the call.", &["Decisive"]),
        ] {
            let posting = summary(text);
            assert_eq!(flagged(&posting, &run(&RULE, &posting)), words, "{text}");
        }
    }

    #[test]
    fn ignores_research_topics_others_things_sports_and_denials() {
        for text in [
            "Our recent work on dominance hierarchies in mice was funded in 2025.",
            "Design and run experiments on social dominance and subordinate stress",
            "Help the lab remain competitive for the R01 renewal",
            "Coach students to challenge officials who are evasive or outspoken.",
            "Report aggressive or reckless drivers and unsafe road conditions to dispatch.",
            "Handle drivers from carriers who are aggressive about turnaround times.",
            "We are hiring a competitive swimming coach to lead our age-group program.",
            "Negotiate with plaintiff counsel, some of whom take an aggressive approach.",
            "Bid in auctions, some of which turn aggressive.",
            "A dominant personality is not what we need; we value engineers who listen.",
            "A calm, dominance-free style in code review.",
            "Headstrong reporters need not apply: we edit collaboratively.",
            // Things and other people in a clause of their own, a company in its market.
            "Tune servo feed and PID loops that respond too aggressively to load changes.",
            "Benchmark our clients against the brands that dominate paid search.",
            "Flag any cow that is aggressive or lame to the herd manager.",
            "Work with facilities that are aggressive about reducing antibiotic use.",
            "You'll lead the account for a dominant player in the UK energy-drink market.",
            "Achieve domain dominance in Active Directory environments.",
            "Support pet owners who are distressed or aggressive.",
            "Advise sellers who are aggressive about list price.",
            "Negotiate with buyers who are aggressive on price.",
            "Use force only as policy allows, including against aggressive subjects who pose a threat.",
            "Some will be frightened, some intoxicated, and some will be hostile.",
            "Tune our Kafka consumers - we cache aggressively and batch wherever we can.",
            "Tune autoscaling so that it scales aggressively before the month-end peak.",
            "We are proud to be outspoken on sustainability.",
            "Fenwick's is a dominant player in Scottish retail.",
        ] {
            assert_no_word_flagged(&item(ListKind::Responsibilities, text));
        }
        // The person sought still is: a role the list did not know, a party named as the
        // kind of person, a long list with a hedge, a denied fear.
        for (text, words) in [
            (
                "A fearless, outspoken journalist with a record of holding power to account.",
                &["fearless", "outspoken"][..],
            ),
            ("An ambitious postdoc to join the lab.", &["ambitious"]),
            (
                "A confident public speaker who enjoys being on stage.",
                &["confident"],
            ),
            ("A confident client adviser.", &["confident"]),
            (
                "Competitive and target-driven, but always donor-centred and ethical.",
                &["Competitive"],
            ),
            (
                "You're not afraid to dominate the conversation when the data supports you.",
                &["dominate"],
            ),
            ("You will help the business stay competitive.", &[]),
            (
                "You'll be an assertive advocate for veterans.",
                &["assertive"],
            ),
            (
                "Raise issues with clients early, and be assertive when management pushes back.",
                &["assertive"],
            ),
            (
                "There is no better place for an ambitious auditor to grow.",
                &["ambitious"],
            ),
            (
                "Not only competitive but also generous with credit.",
                &["competitive"],
            ),
            ("You enjoy dominating a negotiation.", &["dominating"]),
            ("Decisive once you have the facts.", &["Decisive"]),
            ("A confident, articulate presenter.", &["confident"]),
            ("You'll be a confident, polished host.", &["confident"]),
            (
                "An outspoken, confident champion of bold ideas.",
                &["outspoken", "confident"],
            ),
            ("We are looking for someone to be decisive.", &["decisive"]),
            ("We expect our managers to be decisive.", &["decisive"]),
            ("We need you to negotiate aggressively.", &["aggressively"]),
            (
                "Make sure that you are decisive in a crisis.",
                &["decisive"],
            ),
            (
                "We hire plumbers that are assertive on site.",
                &["assertive"],
            ),
            (
                "You will stay competitive under pressure.",
                &["competitive"],
            ),
        ] {
            let posting = item(ListKind::MustHave, text);
            assert_eq!(flagged(&posting, &run(&RULE, &posting)), words, "{text}");
        }
    }

    #[test]
    fn reads_confidence_in_a_setting_a_task_or_a_skilled_role_as_a_skill() {
        for text in [
            "Confident in the kitchen and happy to cook from scratch.",
            "Confident in written and spoken English.",
            "Confident in basic first aid.",
            "Confident to work alone at night.",
            "A confident telephone manner.",
            "A confident driver, happy with long motorway runs.",
            "Confident IT user.",
            "Be part of something ambitious.",
        ] {
            assert_no_word_flagged(&item(ListKind::MustHave, text));
        }
        for (text, words) in [
            (
                "Confident in yourself and your decisions.",
                &["Confident"][..],
            ),
            ("Confident to challenge poor practice.", &["Confident"]),
            ("A confident leader of people.", &["confident"]),
            ("Confident manner with customers.", &["Confident"]),
            (
                "Someone who doesn't take no for an answer.",
                &["take no for an answer"],
            ),
        ] {
            let posting = item(ListKind::MustHave, text);
            assert_eq!(flagged(&posting, &run(&RULE, &posting)), words, "{text}");
        }
    }

    #[test]
    fn ignores_the_title_field() {
        let mut posting = summary("You will set direction for the design team.");
        posting.title = "Design Leader".into();
        assert!(run(&RULE, &posting).is_empty());
    }

    #[test]
    fn ignores_balanced_wording_for_the_warning() {
        let posting = summary(
            "A confident, decisive and ambitious colleague who is supportive, warm and honest.",
        );
        let diagnostics = run(&RULE, &posting);
        assert_eq!(diagnostics.len(), 3);
        assert!(diagnostics
            .iter()
            .all(|d| d.severity == Severity::Suggestion));
    }

    #[test]
    fn ignores_a_thing_after_which_people_turned_away_and_a_purpose_for_others() {
        for text in [
            "Check drift under the wind load case, which is usually dominant for our towers.",
            "Refuse entry to anyone who is drunk, underage or aggressive and note every refusal.",
            "Brief candidates on the pay, so they walk into the interview confident about the job.",
            "Plan each visit so that residents stay independent and confident at home.",
            "Some you contact after a sentencing will be upset or aggressive.",
            "Through a partnership with the state, we hire through competitive integrated employment.",
        ] {
            let posting = item(ListKind::Responsibilities, text);
            assert_no_word_flagged(&posting);
        }
        // Said of the person sought, each is still a trait.
        for (text, words) in [
            (
                "A manager who is dominant in negotiations, which is what the role needs.",
                &["dominant"][..],
            ),
            (
                "Anyone who is aggressive will do well here.",
                &["aggressive"],
            ),
            ("Some candidates will be assertive.", &["assertive"]),
            (
                "So you need to be confident and assertive.",
                &["confident", "assertive"],
            ),
            ("So we need someone assertive.", &["assertive"]),
            (
                "The foreman is the face of the firm, so he must be an assertive leader.",
                &["assertive"],
            ),
            (
                "They pay a bonus, so they want someone who is competitive.",
                &["competitive"],
            ),
        ] {
            let posting = item(ListKind::MustHave, text);
            assert_eq!(flagged(&posting, &run(&RULE, &posting)), words, "{text}");
        }
    }
}
