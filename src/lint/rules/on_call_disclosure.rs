//! `on-call-disclosure`: out-of-hours work implied or mentioned but not described.

use crate::text::compile_pattern;
use std::sync::OnceLock;

use regex::Regex;

use crate::lint::rule::{declare_rule, Context, FieldText};
use crate::lint::word_list::{
    find_from_words_within, is_negated, Entry, Match, TriggerWords, WordList,
};
use crate::lint::{Diagnostic, Related};
use crate::model::{Field, OnCallStatus, Section};

declare_rule! {
    /// Flags duties that imply on-call or out-of-hours work when the posting does not say how often, when, or how it is paid.
    ///
    /// ## What it does
    /// Reads the duties and the rest of the job text for signs of out-of-hours work:
    /// "on-call", "call rotation", "pager", "standby", "be called in", "24/7", "production
    /// incidents",
    /// "incident response", "weekend work", and extra hours on demand ("mandatory overtime",
    /// "work overtime", "open availability", "come in on short notice", "Saturdays when
    /// needed", "evenings and weekends as the family's schedule requires", "other evening
    /// events as assigned", "late nights as
    /// per business requirement", "reachable on Slack evenings and weekends", "stay past 7:00
    /// a.m. until relief arrives", "additional hours as required", "additional hours during
    /// busy periods", "overtime may be required", "occasional evening and weekend hours may be
    /// required", "after school hours as required", "the occasional Saturday morning", "some
    /// overnight trips ... may be required", "Call: may be required", "overtime is mandatory",
    /// "be available after hours when clients need you", "cover
    /// day shifts when required",
    /// "doubles when needed", "work extended hours", "available to work any
    /// shift", "at any hour", "whatever hours the shutdowns require", "however late it runs", "be
    /// available 24/7", "we stay until the pour is finished", "the last one to leave", "long
    /// hours around quarter end", "extra shifts when needed", "1 call shift per week", "evening
    /// dinner programs", meetings that "fall on weekends", events that "run into the
    /// evening"), which
    /// a stated shift pattern does not explain; work "after hours", "out of hours" or
    /// "outside normal working hours" is explained only by a stated pattern that reaches
    /// into the evening or night. Call-outs ("the callout roster"), a duty manager rota, work
    /// on holidays or overnight, and evening events to attend count too.
    /// If the on-call section is not
    /// filled in, it points at the clearest sign (on-call words first, then extra hours,
    /// out-of-hours work such as "weekend deployments" or "late nights", then
    /// incidents) and lists the others; every other duty that asks for
    /// on-call duty, extra hours or out-of-hours work in so many words (not incidents alone)
    /// gets a finding of its own. If on-call duty
    /// is declared, it checks that the frequency, the hours and the compensation are all
    /// given, in their own fields or in words in the on-call details or the duty that mentions
    /// it ("one week in six, 18:00 to 08:00, paid EUR 300 a week"), and names the missing
    /// ones, pointing at each duty that declares it. If the posting says there is no on-call
    /// duty but the duties mention it, that contradiction is flagged too.
    ///
    /// ## Why is this bad?
    /// On-call duty changes what a job costs a person: sleep, evenings, childcare. Candidates
    /// with caring responsibilities need to know before applying, and an undisclosed rota is a
    /// common reason new hires leave. Several jurisdictions regulate on-call time and its pay
    /// (the EU Working Time Directive as read in the Matzak ruling, C-518/15; US FLSA rules on
    /// "engaged to wait"), so stating it also avoids disputes.
    ///
    /// ## Example
    /// ```text
    /// Participate in on-call rotation and resolve production incidents.
    /// ```
    ///
    /// ## Use instead
    /// ```text
    /// On-call: one week in six, 18:00-08:00 and weekends, paid EUR 300 per week plus time off
    /// after any night call-out.
    /// ```
    ///
    /// ## What it does not flag
    /// A caregiver who "needs to call out" (calls in sick); on-call duty or overtime whose own
    /// paragraph or sentence gives its terms ("One week in four you carry the duty phone
    /// overnight (11 p.m. to 7 a.m.). We pay $200 for each duty week", "Mandatory overtime is
    /// paid at time and a half, and nobody works more than 16 hours in 24").
    /// A shift sign whose own sentence gives a span of clock hours ("Day (6a-6p), night (6p-6a)
    /// and weekend shifts available"; one time alone, "5 AM opens", is no span).
    /// A regular shift pattern that is stated in full is not on-call duty: "Shifts are Tuesday
    /// to Saturday, 14:00 to 22:00, and one weekend in four; the rota is published six weeks
    /// ahead" says which evenings and weekends, so "evenings and weekends" elsewhere in the
    /// posting is not flagged (the days and the hours must be in one paragraph, or the rota's
    /// notice given: "5 shifts a week, 3 PM to close" names no days; "07:00-15:00, 14:00-22:00
    /// and 22:00-07:00 on a rolling rota that includes weekends" names them all). Neither is "24/7 gym access" in the benefits, nor the company's
    /// own hours in prose that does not speak to the candidate ("our customers get help 24/7
    /// from a team across three time zones", "our ATMs are available 24/7") or help the
    /// candidate can reach at every hour ("a clinical team you can reach 24/7", "our breakdown
    /// line answers 24/7"), nor "you can
    /// count on us" ("on call" after "count", "rely" or "depend"), nor "a standby generator",
    /// nor on-call work named as past experience ("you have experience being on-call"), nor
    /// starting a job at short notice ("able to start at short notice"), nor extra hours the
    /// sentence rules out or leaves to the person ("there is no mandatory overtime", "you will
    /// never be called in", "overtime is voluntary", "no weekend work", "Chapter 258 bars
    /// mandatory overtime for nurses"), nor an on-call rota
    /// the person organises for others ("manage the on-call schedule for the nursing team"),
    /// nor the callouts of a drawing ("GD&T callouts"), nor somebody else's on-call duty that is
    /// there for the reader ("a nurse is always on call to support you", "escalations go to
    /// the engineer on call, not to you"), nor weekend days whose paragraph says how often they
    /// come and how they are paid ("once in spring and once in autumn ... some fall on a
    /// weekend; each weekend day worked is given back as a day off"), nor being called in from
    /// a standby duty that its paragraph discloses ("standby one weekend in six ... paid at
    /// $5.00 per hour; if you are called in, time and a half"). When the On-call section
    /// is written but misses something, the finding is on it, not on a requirement that only
    /// mentions the duty.
    /// ```text
    /// Shifts are Tuesday to Saturday, 14:00 to 22:00, and one weekend in four; the rota is
    /// published six weeks ahead. There is no mandatory overtime.
    /// After-hours escalations go to the engineer on call, not to you.
    /// ```
    id: "on-call-disclosure",
    category: Disclosure,
    severity: Warning,
    has_fix: false,
    check: check,
}

/// Signs of on-call duty: being reachable and responding outside working time.
const ON_CALL: &str = "on-call work";
/// Signs of working outside usual hours, which a stated shift pattern explains.
const SHIFTS: &str = "out-of-hours work";
/// Signs of incident work, which usually but not always means on-call duty.
const INCIDENTS: &str = "incident work";
/// Extra hours at the employer's call, which a stated shift pattern does not explain.
const EXTRA_HOURS: &str = "extra hours on demand";
/// Work after the working day, which only a stated shift pattern in the evening or at night
/// explains.
const AFTER_HOURS: &str = "work after hours";

/// Words after "callout" that make it a call to work.
const CALLOUT_DUTY: &[&str] = &[
    "roster",
    "rosters",
    "rota",
    "rotas",
    "duty",
    "duties",
    "allowance",
    "pay",
    "payment",
    "fee",
    "rate",
    "list",
    "during",
    "outside",
    "after",
    "overnight",
    "when",
    "as",
];

/// Words after "stay back" or "stay behind" that make it staying on at work.
const STAY_ON: &[&str] = &["after", "when", "as", "if", "until", "late", "to"];

static CUES: &[Entry] = &[
    Entry::new("on-call", ON_CALL),
    Entry::new("on call", ON_CALL).unless_prev(&["depend", "rely", "can", "count"]),
    Entry::new("oncall", ON_CALL),
    // A hospital department's "call rotation" is on-call duty; a sales team's "cold call
    // rotation" is not.
    Entry::new("call rotation", ON_CALL).unless_prev(&["cold", "sales", "phone", "customer"]),
    Entry::new("call rota", ON_CALL).unless_prev(&["cold", "sales", "phone", "customer"]),
    Entry::new("pager", ON_CALL),
    // Standby duty, not standby equipment ("a standby generator").
    Entry::new("on standby", ON_CALL),
    Entry::new("standby", ON_CALL).unless_next(&[
        "generator",
        "generators",
        "power",
        "mode",
        "server",
        "servers",
        "database",
        "replica",
        "instance",
        "letter",
        // "Standby assist": a transfer technique in care work (staying beside a resident).
        "assist",
    ]),
    Entry::new("pagerduty", ON_CALL),
    Entry::new("paging", ON_CALL),
    Entry::new("24/7", INCIDENTS),
    Entry::new("24x7", INCIDENTS),
    Entry::new("around the clock", INCIDENTS),
    Entry::new("round the clock", INCIDENTS),
    Entry::new("around-the-clock", INCIDENTS),
    Entry::new("round-the-clock", INCIDENTS),
    Entry::new("production incidents", INCIDENTS),
    Entry::new("production incident", INCIDENTS),
    Entry::new("incident response", INCIDENTS),
    // Not "if a caregiver needs to call out" (call in sick): an absence, not a duty.
    Entry::new("call-out", ON_CALL)
        .unless_prev(&["to"])
        .unless_next(&["sick"]),
    Entry::new("call-outs", ON_CALL),
    // A callout to work ("the callout roster", "snow removal callouts during the winter"),
    // not one of a drawing or a page ("GD&T callouts such as position", "a callout box").
    Entry::new("callout", ON_CALL).if_next(CALLOUT_DUTY),
    Entry::new("callouts", ON_CALL).if_next(CALLOUT_DUTY),
    // A manager's rota for the hours nobody else covers ("Participate in the duty manager
    // rota").
    Entry::new("duty manager rota", ON_CALL),
    Entry::new("duty manager rotas", ON_CALL),
    Entry::new("24 hours a day", INCIDENTS),
    Entry::new("called in", EXTRA_HOURS),
    // "Called back to work during storms", not "called back for a second interview".
    Entry::new("called back", EXTRA_HOURS).if_next(&["to", "in", "during", "on"]),
    Entry::new("call-ins", EXTRA_HOURS),
    // "On powder days we may call you in early", "we will sometimes call you in to cover".
    Entry::new("call you in", EXTRA_HOURS),
    // A hospital's second-line call ("Take backup call as needed to cover census surges").
    Entry::new("backup call", ON_CALL),
    Entry::new("back-up call", ON_CALL),
    // Shifts on demand ("Extra shifts may be required if a shutdown runs over", "additional
    // shifts when required"), not shifts offered ("extra shifts are voluntary").
    Entry::new("extra shifts", EXTRA_HOURS).if_next(&["may", "when", "as", "if"]),
    Entry::new("additional shifts", EXTRA_HOURS).if_next(&["may", "when", "as", "if"]),
    Entry::new("on short notice", EXTRA_HOURS).unless_prev(&["start", "starting", "begin", "join"]),
    Entry::new("at short notice", EXTRA_HOURS).unless_prev(&["start", "starting", "begin", "join"]),
    Entry::new("with little notice", EXTRA_HOURS)
        .unless_prev(&["start", "starting", "begin", "join"]),
    Entry::new("mandatory overtime", EXTRA_HOURS),
    Entry::new("required overtime", EXTRA_HOURS),
    // Asked of the person, not said of others ("many of our field staff work overtime in the
    // survey season", in a payroll job that pays it).
    Entry::new("work overtime", EXTRA_HOURS).unless_prev(&[
        "many",
        "most",
        "some",
        "they",
        "who",
        "staff",
        "crews",
        "employees",
    ]),
    Entry::new("working overtime", EXTRA_HOURS),
    Entry::new("overtime as needed", EXTRA_HOURS),
    Entry::new("overtime as required", EXTRA_HOURS),
    Entry::new("open availability", EXTRA_HOURS),
    Entry::new("flexible availability", EXTRA_HOURS),
    Entry::new("stay late", EXTRA_HOURS),
    // Staying on after the day ends ("willing to stay back after closing when required"), not
    // keeping away ("stay back from the kerb").
    Entry::new("stay back", EXTRA_HOURS).if_next(STAY_ON),
    Entry::new("stay behind", EXTRA_HOURS).if_next(STAY_ON),
    // "Flexibility to work extended hours during peak season" (not the shop's "open extended
    // hours in December").
    Entry::new("extended hours", EXTRA_HOURS).unless_prev(&["open", "offer", "offers", "offering"]),
    // Any hour of any day: "available to work any shift, including overnight" (not "pick any
    // shift that suits you", "all shifts are eight hours").
    // ("Tell us after any shift that felt unsafe" neither.)
    Entry::new("any shift", EXTRA_HOURS).unless_prev(&[
        "choose", "pick", "select", "swap", "after", "before", "during",
    ]),
    Entry::new("cover all shifts", EXTRA_HOURS),
    // "The team puts in long hours around quarter end" (not "no long hours").
    Entry::new("long hours", EXTRA_HOURS).unless_next(&["of"]),
    // Held past the end of the shift ("must stay past 7:00 a.m. until relief arrives").
    Entry::new("stay past", EXTRA_HOURS),
    Entry::new("stay beyond", EXTRA_HOURS),
    Entry::new("until relief arrives", EXTRA_HOURS),
    // Hours with no end ("respond to derailments at any hour", "work whatever hours the
    // shutdowns require", "stay until the event ends, however late it runs").
    Entry::new("at any hour", EXTRA_HOURS),
    Entry::new("whatever hours", EXTRA_HOURS),
    Entry::new("however late", EXTRA_HOURS),
    // Reachable at every hour, asked of the person ("Be available 24/7 to respond to
    // emergencies"), not said of a service ("our ATMs are available 24/7").
    Entry::new("available 24/7", ON_CALL).unless_prev(&["is", "are", "remain", "remains"]),
    Entry::new("available 24x7", ON_CALL).unless_prev(&["is", "are", "remain", "remains"]),
    // Times of the week asked for on demand ("Saturdays when needed", "evenings as needed"):
    // no shift pattern explains hours that come when the employer needs them.
    Entry::new("weekends as needed", EXTRA_HOURS),
    Entry::new("weekends when needed", EXTRA_HOURS),
    Entry::new("weekends as required", EXTRA_HOURS),
    Entry::new("saturdays as needed", EXTRA_HOURS),
    Entry::new("saturdays when needed", EXTRA_HOURS),
    Entry::new("sundays as needed", EXTRA_HOURS),
    Entry::new("sundays when needed", EXTRA_HOURS),
    Entry::new("evenings as needed", EXTRA_HOURS),
    Entry::new("evenings when needed", EXTRA_HOURS),
    Entry::new("nights as needed", EXTRA_HOURS),
    Entry::new("holidays as needed", EXTRA_HOURS),
    Entry::new("sleep-ins as required", EXTRA_HOURS),
    Entry::new("sleep-in shifts as required", EXTRA_HOURS),
    // Outside the working hours: explained only by a stated shift pattern that reaches into
    // the evening ("Clean offices after hours" on a 6pm-11pm shift).
    Entry::new("outside normal working hours", AFTER_HOURS),
    Entry::new("outside of normal working hours", AFTER_HOURS),
    Entry::new("outside working hours", AFTER_HOURS),
    Entry::new("outside of working hours", AFTER_HOURS),
    Entry::new("outside normal hours", AFTER_HOURS),
    Entry::new("outside regular hours", AFTER_HOURS),
    Entry::new("outside standard hours", AFTER_HOURS),
    Entry::new("outside core hours", AFTER_HOURS),
    Entry::new("outside business hours", AFTER_HOURS),
    Entry::new("outside of business hours", AFTER_HOURS),
    Entry::new("outside regular business hours", AFTER_HOURS),
    Entry::new("outside normal business hours", AFTER_HOURS),
    Entry::new("outside office hours", AFTER_HOURS),
    Entry::new("out of hours", AFTER_HOURS),
    Entry::new("out-of-hours", AFTER_HOURS),
    Entry::new("after hours", AFTER_HOURS),
    Entry::new("after-hours", AFTER_HOURS),
    Entry::new("late nights", SHIFTS),
    Entry::new("sleep-in shifts", SHIFTS),
    Entry::new("sleep-ins", SHIFTS),
    Entry::new("weekend escalations", SHIFTS),
    Entry::new("weekend work", SHIFTS),
    Entry::new("work weekends", SHIFTS),
    Entry::new("working weekends", SHIFTS),
    Entry::new("evenings and weekends", SHIFTS),
    // "Expect regular evenings and the odd weekend".
    Entry::new("regular evenings", SHIFTS),
    Entry::new("the odd weekend", SHIFTS),
    Entry::new("the odd evening", SHIFTS),
    Entry::new("nights and weekends", SHIFTS),
    Entry::new("night shifts", SHIFTS),
    Entry::new("nights, weekends", SHIFTS),
    Entry::new("evenings, weekends", SHIFTS),
    Entry::new("weekends and holidays", SHIFTS),
    // Holidays worked ("Must be willing to work holidays"; a "working holiday" is a visa).
    Entry::new("work holidays", SHIFTS),
    Entry::new("work public holidays", SHIFTS),
    Entry::new("work bank holidays", SHIFTS),
    Entry::new("overnight shifts", SHIFTS),
    Entry::new("overnight shift", SHIFTS),
    Entry::new("including overnight", SHIFTS),
    // Out-of-hours duties named by what they are ("attend evening events and parent
    // meetings"; not the company's "fun evening events").
    Entry::new("attend evening events", SHIFTS),
    Entry::new("attend evening meetings", SHIFTS),
    Entry::new("attend weekend events", SHIFTS),
    Entry::new("evening and weekend events", SHIFTS),
    // A sales rep's "evening dinner programs", meetings "that may fall on weekends", events
    // that "run into the evening".
    Entry::new("dinner programs", SHIFTS),
    Entry::new("dinner programmes", SHIFTS),
    Entry::new("fall on weekends", SHIFTS),
    Entry::new("fall on a weekend", SHIFTS),
    Entry::new("run into the evening", SHIFTS),
    Entry::new("runs into the evening", SHIFTS),
    // "Everyone picks up extra shifts when needed": hours on demand.
    Entry::new("extra shifts when needed", EXTRA_HOURS),
    Entry::new("extra shifts as needed", EXTRA_HOURS),
    Entry::new("extra shifts as required", EXTRA_HOURS),
    // A hospital's "1 call shift per week": on-call duty by its name in medicine.
    Entry::new("call shift", ON_CALL).unless_prev(&["phone", "contact", "centre", "center"]),
    Entry::new("call shifts", ON_CALL).unless_prev(&["phone", "contact", "centre", "center"]),
    // Weekend work named by what it is for ("weekend deployments a few times a quarter").
    Entry::new("weekend deployments", SHIFTS),
    Entry::new("weekend deployment", SHIFTS),
    Entry::new("weekend releases", SHIFTS),
    Entry::new("weekend maintenance", SHIFTS),
    Entry::new("weekend launches", SHIFTS),
    Entry::new("weekend cutovers", SHIFTS),
    Entry::new("weekend upgrades", SHIFTS),
    Entry::new("weekend migrations", SHIFTS),
    Entry::new("weekend shifts", SHIFTS),
    Entry::new("weekend coverage", SHIFTS),
    Entry::new("weekend support", SHIFTS),
    // Call-outs of a trade ("occasional weekend and emergency service calls as needed").
    Entry::new("weekend and emergency", ON_CALL),
    Entry::new("emergency service calls", ON_CALL),
    Entry::new("emergency call-outs", ON_CALL),
    Entry::new("emergency callouts", ON_CALL),
];

/// Where duties are described; benefits ("24/7 gym") and the company blurb are not duties.
const DUTY_SECTIONS: &[Section] = &[
    Section::Summary,
    Section::Responsibilities,
    Section::MustHave,
    Section::NiceToHave,
    Section::Unplaced,
];

/// Where a shift pattern or an on-call arrangement may be described.
const SCHEDULE_SECTIONS: &[Section] = &[
    Section::Summary,
    Section::Responsibilities,
    Section::MustHave,
    Section::NiceToHave,
    Section::Benefits,
    Section::OnCall,
    Section::Unplaced,
];

/// Times of the week asked for whenever somebody needs them, in other words than the cues
/// ("overtime and weekends whenever the contractor requires", "evenings and weekends as the
/// family's schedule requires"): extra hours on demand.
static ON_DEMAND: Entry = Entry::new("(times on demand)", EXTRA_HOURS);

/// The words every [`on_demand`] match starts with.
const ON_DEMAND_TRIGGERS: &[&str] = &[
    "overtime",
    "overnight",
    "call",
    "on-call",
    "after",
    "occasional",
    "additional",
    "extra",
    "longer",
    "doubles",
    "late",
    "evening",
    "evenings",
    "weekend",
    "weekends",
    "night",
    "nights",
    "saturday",
    "saturdays",
    "sunday",
    "sundays",
    "holiday",
    "holidays",
    "cover",
    "reachable",
    "contactable",
    "stay",
    "stays",
    "staying",
    "last",
];

/// Hours worked on demand, anchored at one of the [`ON_DEMAND_TRIGGERS`].
fn on_demand() -> &'static Regex {
    static CELL: OnceLock<Regex> = OnceLock::new();
    pattern(
        &CELL,
        concat!(
            r"(?i)^(?:(?:overtime|evenings?|weekends?|nights?|saturdays?|sundays?|holidays?|doubles|late\s+[a-z]+|(?:additional|extra)\s+(?:hours|shifts))(?-u:\b)[^.;!?\n]{0,60}?(?-u:\b)(?:as|when|whenever)\s+(?:[A-Za-z'’]+\s+){0,4}?(?:needed|required|requires|require|requirements?|need|needs|dictates|demands|short-staffed|short|understaffed|assigned)(?-u:\b)",
            // Reachable out of hours: "reachable on Slack evenings and weekends".
            r"|(?:reachable|contactable)(?-u:\b)[^.;!?\n]{0,30}?(?-u:\b)(?:evenings?|weekends?|nights?|after\s+hours|out\s+of\s+hours)(?-u:\b)",
            // "Additional hours during busy periods": as many as the busy period takes.
            // ... or at every close: "additional hours during month-end, quarter-end and year-end
            // close", "longer hours during results season"; evenings or weekends too: "be
            // available late evenings at quarter-end to get contracts signed".
            r"|(?:overtime|(?:additional|extra|longer)\s+(?:hours|shifts)|(?:late\s+)?(?:evenings?|nights?|weekends?)(?:\s*(?:and|or|&|/)\s*(?:late\s+)?(?:evenings?|nights?|weekends?))?)\s+(?:during|in|at|over|around)\s+(?:the\s+)?(?:(?:busy|busier|peak|results|festive)\s+(?:periods?|times?|seasons?|weeks?)|(?:month|quarter|year)[\s-]?ends?)(?-u:\b)",
            // Overtime left open: "overtime may be required during peak periods", "overtime
            // will occasionally be needed" (the sentence may still say how much and what it pays).
            // ... and evening or weekend hours: "occasional evening and weekend hours may be
            // required to support lab sections".
            r"|(?:overtime|(?:evenings?|weekends?|nights?|saturdays?|sundays?)(?:\s*(?:and|or|&|/)\s*(?:evenings?|weekends?|nights?|saturdays?|sundays?))?\s+(?:hours|work|shifts))\s+(?:may|might|will|can|could)\s+(?:also\s+|occasionally\s+|sometimes\s+|at\s+times\s+|periodically\s+)?be\s+(?:required|needed|necessary|expected|requested|mandatory)(?-u:\b)",
            // Nights away on demand: "Some overnight trips, such as our summer camp, may be
            // required".
            r"|overnight\s+(?:trips?|stays?|travel|camps?)[^.;!?\n]{0,60}?(?-u:\b)(?:may|might|will|could)\s+(?:also\s+|occasionally\s+|sometimes\s+)?be\s+(?:required|needed|expected)(?-u:\b)",
            // "During peak, overtime is mandatory": how much is left open.
            // (With the rest of the demand when the sentence goes on: "... during peak season
            // and may be required at other times of the year based on business needs".)
            r"|overtime\s+(?:is|will\s+be|becomes)\s+(?:mandatory|compulsory|required)(?-u:\b)(?:[^.;!?\n]{0,80}?\s+and\s+(?:may|might|can|could|will)\s+(?:also\s+)?be\s+(?:required|needed|expected)[^.;!?\n]*)?",
            // Reachable after hours on demand: "be available after hours when clients need you".
            r"|after[\s-]hours\s+(?:as|when|whenever|if)\s+(?:[A-Za-z'’]+\s+){0,3}?(?:needed|required|need|needs|require|requires)(?-u:\b)",
            // A facts line that leaves the duty open: "Call: may be required per unit needs".
            r"|(?:on-?call|call|overtime)\s*:\s*(?:may|might|will|could|can)\s+be\s+(?:required|needed|expected)(?-u:\b)",
            // Hours after the working day on demand: "attending meetings and school events
            // after school hours as required".
            r"|after\s+(?:school|work|office|business|normal\s+working|working)\s+hours\s+(?:as|when|whenever|if)\s+(?:needed|required|necessary)(?-u:\b)",
            // The odd day or evening asked for with no frequency: "able to work the occasional
            // Saturday morning", "occasional weekend work".
            // (With what makes it on demand, when the sentence says so.)
            r"|occasional\s+(?:evenings?|weekends?|nights?|saturdays?|sundays?|late\s+nights?)(?:\s+(?:mornings?|afternoons?|work|shifts?))?(?-u:\b)(?:[^.;!?\n]{0,40}?(?-u:\b)(?:(?:as|when|whenever)\s+(?:needed|required|necessary)|(?:may|might|will|can|could)\s+(?:also\s+|sometimes\s+)?be\s+(?:required|needed|necessary|expected))(?-u:\b))?",
            // Shifts covered on demand: "flexibility to cover day shifts when required".
            r"|cover\s+(?:[a-z]+\s+)?shifts\s+(?:as|when|whenever|if)\s+(?:needed|required|necessary)(?-u:\b)",
            // Hours with no end: "we stay until the pour is finished", "the last one to leave".
            r"|stay(?:s|ing)?\s+(?:on\s+)?until\s+(?:[A-Za-z'’]+\s+){0,3}?(?:is|are)\s+(?:finished|done|complete|completed|over)(?-u:\b)",
            r"|last\s+one\s+to\s+leave(?-u:\b))",
        ),
    )
}

/// The [`ON_DEMAND`] signs of a field, as matches of the word list's kind.
fn on_demand_signs(field: &FieldText) -> Vec<Match> {
    static TRIGGERS: OnceLock<TriggerWords> = OnceLock::new();
    let triggers = TRIGGERS.get_or_init(|| TriggerWords::new(ON_DEMAND_TRIGGERS));
    // One sign a sentence, the longest ("Overtime is mandatory during peak season and may be
    // required at other times of the year based on business needs": the second half).
    let mut spans: Vec<std::ops::Range<usize>> = Vec::new();
    for span in find_from_words_within(field, triggers, on_demand(), false) {
        // What a law requires is no demand of the employer's ("a 1:4 ratio on nights, as
        // California law requires").
        let said = &field.text[span.clone()];
        if [
            "law",
            "laws",
            "legislation",
            "regulation",
            "regulations",
            "statute",
        ]
        .iter()
        .any(|law| {
            said.split(|c: char| !c.is_alphanumeric())
                .any(|word| word.eq_ignore_ascii_case(law))
        }) {
            continue;
        }
        let sentence = field.sentence_at(span.start);
        match spans
            .iter_mut()
            .find(|kept| field.sentence_at(kept.start) == sentence)
        {
            Some(kept) if span.len() > kept.len() => *kept = span,
            Some(_) => {}
            None => spans.push(span),
        }
    }
    spans
        .into_iter()
        .map(|span| {
            let first = field
                .tokens
                .partition_point(|token| token.span.start < span.start);
            let end = field
                .tokens
                .partition_point(|token| token.span.start < span.end);
            Match {
                entry: &ON_DEMAND,
                span,
                tokens: first..end.max(first + 1).min(field.tokens.len()),
            }
        })
        .collect()
}

fn cues() -> &'static WordList {
    static LIST: OnceLock<WordList> = OnceLock::new();
    LIST.get_or_init(|| WordList::new(CUES))
}

fn pattern(cell: &'static OnceLock<Regex>, source: &str) -> &'static Regex {
    cell.get_or_init(|| compile_pattern(source))
}

/// How often: "one week in six" (or "a one-week-in-six rota"), "every other weekend", "twice a
/// month", "weekly", "1 in 4", "two call shifts per six-week schedule".
fn frequency() -> &'static Regex {
    static CELL: OnceLock<Regex> = OnceLock::new();
    pattern(
        &CELL,
        r"(?ix)(?-u:\b)(?:
            (?:one|two|three|four|five|six|\d+)[\s-]+(?:weeks?|weekends?|days?|nights?|shifts?)[\s-]+(?:in|out[\s-]+of|every)[\s-]+[a-z0-9]+
          | every\s+(?:other\s+|second\s+|third\s+|[a-z0-9]+\s+)?(?:week|weekend|month|day|night|shift)s?
          | (?:once|twice|\d+\s+times?)\s+(?:a|per|every)\s+(?:week|month|quarter|year)
          | (?:once|twice|\d+\s+times?)\s+(?:in|each)\s+(?:the\s+)?(?:spring|summer|autumn|fall|winter)
          | weekly|fortnightly|monthly|bi-?weekly
          | (?:1|one)[\s-]+in[\s-]+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)
          | \d+\s+(?:days?|weeks?|nights?|shifts?|weekends?)\s+(?:a|per|each)\s+(?:week|month|quarter|year)
          | (?:one|two|three|four|five|six|\d+)\s+(?:[a-z]+\s+)?(?:shifts?|nights?|days?|weekends?)\s+(?:per|each|every|in\s+(?:a|each|every))\s+(?:(?:one|two|three|four|five|six|seven|eight|\d+)[\s-]weeks?\s+)?(?:rota|roster|schedule|cycle|rotation)
          | (?:alternate|alternating)\s+(?:weeks|weekends)
          | (?:one|two|an?|\d+)\s+(?:extra\s+|additional\s+)?(?:\d+-hour\s+)?(?:days?|shifts?|nights?)\s+(?:a|per|each)\s+(?:week|month)
        )(?-u:\b)",
    )
}

/// Which hours: clock times, or named parts of the day and week.
fn hours() -> &'static Regex {
    static CELL: OnceLock<Regex> = OnceLock::new();
    pattern(
        &CELL,
        r"(?ix)
            (?-u:\b)\d{1,2}(?::\d{2})?\s?(?:am|pm)(?-u:\b)
          | (?-u:\b)\d{1,2}[:.]\d{2}(?-u:\b)
          | (?-u:\b)(?:evenings?|nights?|overnight|weekends?|weekdays?|daytime|mornings?|
                 business\s+hours|office\s+hours|around\s+the\s+clock|24\s+hours|
                 monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?-u:\b)",
    )
}

/// How it is paid: an amount, or words for pay and time off.
fn compensation() -> &'static Regex {
    static CELL: OnceLock<Regex> = OnceLock::new();
    pattern(
        &CELL,
        r"(?ix)
            [$€£]\s?\d
          | (?-u:\b)(?:usd|eur|gbp|cad|aud|chf)\s?\d
          | (?-u:\b)(?:paid|compensated|compensation|stipend|allowance|bonus|premium|overtime|
                 time\s+off\s+in\s+lieu|toil|days?\s+in\s+lieu|extra\s+pay|additional\s+pay|
                 time\s+off)(?-u:\b)",
    )
}

/// Which days a shift pattern covers: day names, "weekdays", "one weekend in four".
fn shift_days() -> &'static Regex {
    static CELL: OnceLock<Regex> = OnceLock::new();
    pattern(
        &CELL,
        r"(?ix)(?-u:\b)(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|weekdays)(?-u:\b)
          | (?-u:\b)(?:one|two|\d+)\s+weekends?\s+(?:in|out\s+of)\s+[a-z0-9]+
          | (?-u:\b)every\s+(?:other|second|third)\s+weekend
          | (?-u:\b)(?:rota|roster|rotation|shift\s+pattern)\s+(?:that\s+)?(?:includes?|including|covers?|covering)\s+(?:all\s+)?weekends",
    )
}

/// The hours of a shift pattern: clock times or "8-hour shifts".
fn shift_hours() -> &'static Regex {
    static CELL: OnceLock<Regex> = OnceLock::new();
    pattern(
        &CELL,
        r"(?ix)(?-u:\b)\d{1,2}(?::\d{2})?\s?(?:am|pm)(?-u:\b)|(?-u:\b)\d{1,2}[:.]\d{2}(?-u:\b)|(?-u:\b)\d{1,2}[-\s]hours?\s+shifts?(?-u:\b)",
    )
}

/// A span of clock hours: "6am-6pm", "6a-6p", "5pm to 11pm", "18:00 to 06:00" (not one time
/// alone: "5 AM opens").
fn hour_range() -> &'static Regex {
    static CELL: OnceLock<Regex> = OnceLock::new();
    pattern(
        &CELL,
        r"(?i)(?-u:\b)\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm|a|p)?\s?(?:-|–|to|until)\s?\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm|a|p)(?-u:\b)|(?-u:\b)\d{1,2}[:.]\d{2}\s?(?:-|–|to|until)\s?\d{1,2}[:.]\d{2}(?-u:\b)",
    )
}

/// A rota published ahead: "the rota is published six weeks ahead", "schedules are set 4
/// weeks in advance".
fn rota_notice() -> &'static Regex {
    static CELL: OnceLock<Regex> = OnceLock::new();
    pattern(
        &CELL,
        r"(?ix)(?-u:\b)(?:rota|rotas|roster|schedules?|shifts?|shift\s+pattern)(?-u:\b)[^.\n]{0,60}?
             (?-u:\b)(?:published|posted|shared|set|confirmed|planned|released|known)(?-u:\b)[^.\n]{0,40}?
             (?-u:\b)(?:\d+|one|two|three|four|five|six|seven|eight)\s+(?:weeks?|days?|months?)\s+(?:ahead|in\s+advance|before)",
    )
}

/// True when the posting states its shift pattern: the days and the hours, or how far ahead
/// the rota is published.
fn states_shift_pattern(context: &Context) -> bool {
    context
        .texts_in(SCHEDULE_SECTIONS)
        .any(|field| rota_notice().is_match(field.text) || days_and_hours(field.text))
}

/// True when one paragraph of `text` names the days and the hours of a shift pattern
/// ("Schedule: Tuesday to Saturday, 14:00 to 22:00"); "3 PM to close" in the schedule and
/// "Sunday mornings" in the story of the restaurant say nothing about which days.
fn days_and_hours(text: &str) -> bool {
    let text = without_deadlines(text);
    text.split("\n\n")
        .any(|paragraph| shift_days().is_match(paragraph) && shift_hours().is_match(paragraph))
}

/// Words of a line that gives the application's deadline or the interview dates, whose times
/// ("Applications close: 11:59 pm, Sunday 8 February") are no shift ("4pm to close" is).
const DEADLINE_WORDS: &[&str] = &[
    "applications close",
    "applications closing",
    "closing date",
    "deadline",
    "apply by",
    "interviews will",
    "interview date",
];

/// `text` without its [`DEADLINE_WORDS`] lines.
fn without_deadlines(text: &str) -> String {
    text.split('\n')
        .filter(|line| {
            let line = line.to_lowercase();
            !DEADLINE_WORDS.iter().any(|words| line.contains(words))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// True when a stated shift pattern reaches into the evening or the night (evening or night
/// words, or a time from 6pm or 18:00): work "after hours" is then the shift itself.
fn shift_pattern_reaches_evening(context: &Context) -> bool {
    context.texts_in(SCHEDULE_SECTIONS).any(|field| {
        (rota_notice().is_match(field.text) || days_and_hours(field.text))
            && evening().is_match(&without_deadlines(field.text))
    })
}

/// Evening or night words, or a time from 6pm or 18:00.
fn evening() -> &'static Regex {
    static CELL: OnceLock<Regex> = OnceLock::new();
    pattern(
        &CELL,
        r"(?ix)(?-u:\b)(?:evenings?|nights?|overnight|late\s+shifts?)(?-u:\b)
          | (?-u:\b)(?:[6-9]|1[01])(?::\d{2})?\s?(?:pm(?-u:\b)|p\.m\.)
          | (?-u:\b)(?:1[89]|2[0-3])[:.]\d{2}(?-u:\b)",
    )
}

/// True when one paragraph states the hours of night or evening shifts ("Our overnight
/// technicians work four 10-hour shifts a week, 7:00 p.m. to 5:00 a.m."): night work is then
/// the shift itself, whichever days it falls on.
fn night_hours(context: &Context) -> bool {
    context.texts_in(SCHEDULE_SECTIONS).any(|field| {
        without_deadlines(field.text)
            .split("\n\n")
            .any(|paragraph| shift_hours().is_match(paragraph) && evening().is_match(paragraph))
    })
}

/// True when a stated shift pattern takes in weekend days ("Tuesday to Saturday", "a rota that
/// includes weekends", "one weekend in four").
fn shift_pattern_covers_weekends(context: &Context) -> bool {
    static CELL: OnceLock<Regex> = OnceLock::new();
    let weekend = pattern(
        &CELL,
        r"(?i)(?-u:\b)(?:saturdays?|sundays?|sat|sun|weekends?|seven\s+days|7\s+days)(?-u:\b)",
    );
    context.texts_in(SCHEDULE_SECTIONS).any(|field| {
        (rota_notice().is_match(field.text) || days_and_hours(field.text))
            && weekend.is_match(&without_deadlines(field.text))
    })
}

/// True when the sentence holding `at` denies or softens extra hours ("there is no mandatory
/// overtime", "you will never be called in", "overtime is voluntary").
fn denied(field: &FieldText, at: usize) -> bool {
    // A law or a policy that bars it, right before the words: "Chapter 258 bars mandatory
    // overtime for nurses" ("bars" elsewhere in the sentence may be the ones that serve drinks).
    let barred = field.text[..at.min(field.text.len())]
        .trim_end()
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .is_some_and(|word| {
            [
                "bars",
                "bar",
                "prohibits",
                "prohibit",
                "bans",
                "ban",
                "forbids",
                "forbid",
            ]
            .iter()
            .any(|verb| word.eq_ignore_ascii_case(verb))
        });
    // Whole words: "whenever the contractor requires" holds "never" and denies nothing.
    barred
        || field.sentence_at(at).is_some_and(|sentence| {
            crate::text::has_denial_word(sentence) || {
                let words: Vec<&str> = sentence
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|word| !word.is_empty())
                    .collect();
                words.iter().enumerate().any(|(at, word)| {
                    // "No exceptions", "no matter how late": insistence, not a denial.
                    let insists = word.eq_ignore_ascii_case("no")
                        && words.get(at + 1).is_some_and(|next| {
                            ["exceptions", "exception", "matter", "excuses"]
                                .iter()
                                .any(|insist| next.eq_ignore_ascii_case(insist))
                        });
                    !insists
                        && ["no", "voluntary", "optional"]
                            .iter()
                            .any(|denial| word.eq_ignore_ascii_case(denial))
                })
            }
        })
}

/// True when the rest of the sentence after `end` keeps the hire off the duty it names:
/// "the emergency callout rota, and apprentices are never put on it", "... you will not be
/// part of it".
fn kept_off_it(text: &str, end: usize) -> bool {
    let rest = text.get(end..).unwrap_or("");
    let rest = &rest[..rest.find(['.', ';', '!', '?', '\n']).unwrap_or(rest.len())];
    let lower = rest.to_ascii_lowercase();
    crate::text::has_denial_word(rest)
        && [" on it", " join it", " part of it"]
            .iter()
            .any(|words| lower.ends_with(words) || lower.contains(&format!("{words} ")))
}

/// Verbs of organising a rota for others.
const ORGANISING: &[&str] = &[
    "manage",
    "manages",
    "managing",
    "maintain",
    "maintaining",
    "coordinate",
    "coordinating",
    "build",
    "building",
    "create",
    "creating",
    "plan",
    "planning",
    "organise",
    "organising",
    "organize",
    "organizing",
    "publish",
    "publishing",
    "prepare",
    "preparing",
    "schedule",
    "scheduling",
];

/// True when the on-call words of `found` name a rota the person organises for others
/// ("Manage the on-call schedule for the nursing team", "coordinate the on-call rota"), not
/// one they are on.
fn schedules_others(field: &FieldText, found: &Match) -> bool {
    let tokens = &field.tokens;
    let next = tokens
        .get(found.tokens.end)
        .map(|token| token.lower.as_str());
    let rota = matches!(
        next,
        Some("schedule" | "schedules" | "rota" | "rotas" | "roster" | "rosters" | "calendar")
    );
    let start = found.tokens.start;
    rota && (start.saturating_sub(3)..start).any(|index| {
        tokens
            .get(index)
            .is_some_and(|token| ORGANISING.contains(&token.lower.as_str()))
    })
}

/// Sections written as prose about the company and the role, not as lists of duties.
const PROSE: &[Section] = &[Section::Summary, Section::Unplaced];

/// True when `found` is "24/7" or "around the clock" in prose that does not speak to the
/// candidate.
fn company_hours(field: &FieldText, found: &Match) -> bool {
    (found.entry.phrase.starts_with("24") || found.entry.phrase.ends_with("clock"))
        && PROSE.contains(&field.section())
        && (!addresses_candidate(field, found.span.start) || help_for_the_candidate(field, found))
}

/// True when the words before "24/7" are a service the candidate can reach at every hour ("a
/// clinical team you can reach 24/7", "our breakdown line answers 24/7, so you always reach a
/// person"), not hours asked of the candidate ("you must be reachable 24/7").
fn help_for_the_candidate(field: &FieldText, found: &Match) -> bool {
    let before = &field.tokens[found.tokens.start.saturating_sub(4)..found.tokens.start];
    before.windows(2).any(|pair| {
        pair[0].lower == "can" && matches!(pair[1].lower.as_str(), "reach" | "call" | "contact")
    }) || before.iter().any(|token| {
        matches!(
            token.lower.as_str(),
            "answers" | "helpline" | "hotline" | "helpdesk"
        )
    })
}

/// True when the sentence holding `at` speaks to the candidate ("you", "your").
fn addresses_candidate(field: &FieldText, at: usize) -> bool {
    field.sentence_at(at).is_some_and(|sentence| {
        sentence
            .split(|c: char| !c.is_alphanumeric())
            .any(|word| word.eq_ignore_ascii_case("you") || word.eq_ignore_ascii_case("your"))
    })
}

/// True when the words just before `at`, on its line, speak of past experience ("you have
/// experience being on-call", "experience with 24/7 operations").
fn about_experience(text: &str, at: usize) -> bool {
    let line_start = text[..at].rfind('\n').map_or(0, |newline| newline + 1);
    let mut from = at.saturating_sub(40).max(line_start);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    text[from..at].to_lowercase().contains("experience")
}

/// How clearly a kind of sign says on-call duty: lower is clearer.
fn strength(note: &str) -> u8 {
    match note {
        ON_CALL => 0,
        EXTRA_HOURS | AFTER_HOURS => 1,
        SHIFTS => 2,
        _ => 3,
    }
}

fn check(context: &Context, diagnostics: &mut Vec<Diagnostic>) {
    let on_call = &context.posting.on_call;
    if on_call.status == OnCallStatus::Required {
        if !check_declared(context, diagnostics) {
            // The on-call duty is disclosed; extra hours asked on demand are another matter
            // ("pick up extra shifts at short notice" beside a disclosed sleep-in rota).
            let mut found = signs(context);
            found.retain(|(_, m)| m.entry.note == EXTRA_HOURS);
            report(context, found, diagnostics);
        }
        return;
    }
    let found = signs(context);
    report(context, found, diagnostics);
}

/// The signs of on-call or out-of-hours work in the duties that the posting does not explain.
fn signs<'c, 'a>(context: &'c Context<'a>) -> Vec<(&'c FieldText<'a>, Match)> {
    let mut found: Vec<(&FieldText, Match)> = context
        .texts_in(DUTY_SECTIONS)
        .flat_map(|field| {
            let mut found = cues().find(field);
            // A sentence a cue of extra hours or on-call duty already marks needs no second
            // sign; one that only names the times ("evenings and weekends", which a stated
            // shift pattern explains) does.
            for sign in on_demand_signs(field) {
                if !found.iter().any(|m| {
                    matches!(m.entry.note, EXTRA_HOURS | ON_CALL)
                        && field.sentence_at(m.span.start) == field.sentence_at(sign.span.start)
                }) {
                    // The times it holds are part of it, not a sign of their own.
                    found
                        .retain(|m| m.span.end <= sign.span.start || m.span.start >= sign.span.end);
                    found.push(sign);
                }
            }
            found.into_iter().map(move |m| (field, m))
        })
        .collect();
    // A heading kept in the text ("Overtime, call-ins and shutdowns" above the paragraphs that
    // say how they work) names the topic, not a duty.
    found.retain(|(field, m)| !heading_line(field.text, &m.span));
    // "No mandatory overtime", "you will never be called in": a promise, not a demand.
    found.retain(|(field, m)| {
        !matches!(m.entry.note, EXTRA_HOURS | AFTER_HOURS) || !denied(field, m.span.start)
    });
    // "You will never be on call", "nobody is on call", "no weekend work": denied in its own
    // clause.
    found.retain(|(field, m)| !matches!(m.entry.note, ON_CALL | SHIFTS) || !is_negated(field, m));
    // "Manage the on-call schedule for the nursing team": other people's duty, organised.
    found.retain(|(field, m)| !schedules_others(field, m));
    // "Our electricians cover the callout rota, and apprentices are never put on it".
    found.retain(|(field, m)| m.entry.note != ON_CALL || !kept_off_it(field.text, m.span.end));
    // Extra hours whose own sentence says how often and how they are paid ("mandatory
    // overtime of one extra day a week in peak season, paid at time and a half"): disclosed.
    found.retain(|(field, m)| {
        m.entry.note != EXTRA_HOURS || !disclosed_in_its_sentence(field, &m.span)
    });
    // Out-of-hours work whose paragraph says how often and how it is paid ("Each campaign
    // runs for 5 to 10 days, once in spring and once in autumn ... some fall on a weekend.
    // Each weekend day worked is given back as a day off"): disclosed.
    found
        .retain(|(field, m)| m.entry.note != SHIFTS || !disclosed_in_its_paragraph(field, &m.span));
    // On-call duty whose paragraph says how often, which hours and how it is paid ("One week in
    // four you carry the duty phone overnight (11 p.m. to 7 a.m.). We pay $200 for each duty
    // week, and a call-out that brings you in is paid at time and a half"): disclosed.
    found.retain(|(field, m)| {
        m.entry.note != ON_CALL
            || !(disclosed_in_its_paragraph(field, &m.span)
                && hours().is_match(&field.text[line_around(field.text, &m.span)]))
    });
    // Being called in from a standby or on-call duty that its paragraph discloses ("Standby,
    // one weekend in six ... paid at $5.00 per hour; if you are called in, time and a half") is
    // part of that duty; mandatory overtime beside a stated rotation is not.
    found.retain(|(field, m)| {
        !(m.entry.note == EXTRA_HOURS
            && m.entry.phrase.starts_with("call")
            && paragraph_names_standby(field, &m.span)
            && disclosed_in_its_paragraph(field, &m.span))
    });
    // "A nurse is on call to support you", "... the engineer on call, not to you": somebody
    // else's duty.
    found.retain(|(field, m)| {
        !field
            .sentence_at(m.span.start)
            .is_some_and(crate::text::others_on_call)
    });
    // "Experience being on-call" asks about past jobs, not this one's duties.
    found.retain(|(field, m)| !about_experience(field.text, m.span.start));
    // "Our customers get help 24/7": the company's hours, unless the sentence speaks to the
    // candidate or sits in a list of duties.
    found.retain(|(field, m)| !company_hours(field, m));
    // Evenings and weekends explained by a stated shift pattern are regular hours, not on-call;
    // extra hours on demand and incidents are not explained by one, and work after hours only
    // by a pattern that reaches into the evening.
    // A rota published ahead explains them; a weekday daytime pattern ("7.00am to 3.30pm
    // Monday to Friday") does not explain "evenings and weekends": the days and hours must
    // reach the times the sign names. Night work is explained by stated night hours even
    // without the days ("four 10-hour shifts a week, 7:00 p.m. to 5:00 a.m.").
    if found.iter().any(|(_, m)| m.entry.note == SHIFTS) {
        let stated = states_shift_pattern(context);
        let published = context
            .texts_in(SCHEDULE_SECTIONS)
            .any(|field| rota_notice().is_match(field.text));
        let weekends = published || stated && shift_pattern_covers_weekends(context);
        let evenings =
            published || stated && shift_pattern_reaches_evening(context) || night_hours(context);
        found.retain(|(field, m)| {
            if m.entry.note != SHIFTS {
                return true;
            }
            let words = field.text[m.span.clone()].to_ascii_lowercase();
            let needs_weekends = ["weekend", "saturday", "sunday"]
                .iter()
                .any(|day| words.contains(day));
            let needs_evenings = ["evening", "night"].iter().any(|time| words.contains(time));
            // "Day (6am-6pm), night (6pm-6am) and weekend shifts available": the sign names
            // its days or its part of the day, and its own sentence gives a span of hours.
            let own_hours = (needs_weekends || needs_evenings)
                && field
                    .sentence_at(m.span.start)
                    .is_some_and(|sentence| hour_range().is_match(sentence));
            !own_hours
                && ((needs_weekends && !weekends)
                    || (needs_evenings && !evenings)
                    || (!needs_weekends && !needs_evenings && !stated))
        });
    }
    if found.iter().any(|(_, m)| m.entry.note == AFTER_HOURS)
        && shift_pattern_reaches_evening(context)
    {
        found.retain(|(_, m)| m.entry.note != AFTER_HOURS);
    }
    found
}

/// One finding for the clearest sign, listing the others, and one for each other field or
/// sentence with an explicit sign.
fn report(
    context: &Context,
    mut found: Vec<(&FieldText, Match)>,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let on_call = &context.posting.on_call;
    // Point at the clearest sign: on-call words, then extra hours, then out-of-hours work,
    // then incidents; the rest are listed with it. Each other duty that asks for
    // on-call duty or extra hours in so many words gets a finding of its own.
    crate::sort::sort_by_key(&mut found, |(_, m)| strength(m.entry.note));
    let (pointed, listed) = pointers(found);
    for (index, (field, first)) in pointed.into_iter().enumerate() {
        let words = &field.text[first.span.clone()];
        let (message, help) = if on_call.status == OnCallStatus::None {
            (
                format!("'{words}' suggests on-call work, but the posting says there is no on-call duty"),
                "Either describe the on-call duty or reword the duty so it is clearly within working hours.",
            )
        } else if first.entry.note == SHIFTS {
            (
                format!("'{words}' implies work outside usual hours, but the posting does not say which days and hours"),
                "State the shift pattern (which days and hours, how far ahead the rota is published), or, if it is on-call duty, fill in the On-call section.",
            )
        } else {
            (
                format!("'{words}' implies on-call or out-of-hours work, but the posting does not say how often, which hours or how it is paid"),
                "Fill in the On-call section: frequency (\"one week in six\"), hours (\"18:00-08:00 and weekends\") and compensation.",
            )
        };
        let mut diagnostic = Diagnostic::spanned(&RULE, field.field, first.span, message, help);
        if index == 0 {
            for (other_field, other) in listed.iter().take(10) {
                diagnostic = diagnostic.with_related(Related {
                    field: other_field.field,
                    message: format!("also '{}'", &other_field.text[other.span.clone()]),
                    span: other.span.clone(),
                });
            }
        }
        diagnostics.push(diagnostic);
    }
}

/// True when the sentence holding the sign at `span` states how often the work comes and how
/// it is paid, the sign's own words aside ("overtime" is no pay).
///
/// A limit stands for the frequency: "Mandatory overtime is paid at time and a half, and nobody
/// works more than 16 hours in 24".
fn disclosed_in_its_sentence(field: &FieldText, span: &std::ops::Range<usize>) -> bool {
    static LIMIT: OnceLock<Regex> = OnceLock::new();
    let limit = pattern(
        &LIMIT,
        r"(?i)(?-u:\b)(?:no\s+more\s+than|more\s+than|at\s+most|a\s+maximum\s+of|capped\s+at|never\s+more\s+than)\s+\d+\s+(?:hours?|shifts?|days?)(?-u:\b)",
    );
    field
        .sentences()
        .iter()
        .find(|sentence| sentence.start <= span.start && span.start < sentence.end)
        .is_some_and(|sentence| {
            states_frequency_and_pay(field, sentence.clone(), span)
                || limit.is_match(&field.text[sentence.clone()])
                    && found_outside(compensation(), field, sentence.clone(), span)
        })
}

/// True when the line (paragraph) holding the sign at `span` states how often the work comes
/// and how it is paid, the sign's own words aside.
fn disclosed_in_its_paragraph(field: &FieldText, span: &std::ops::Range<usize>) -> bool {
    states_frequency_and_pay(field, line_around(field.text, span), span)
}

/// True when `part` of the field's text gives a frequency and a pay outside the sign at `span`.
fn states_frequency_and_pay(
    field: &FieldText,
    part: std::ops::Range<usize>,
    span: &std::ops::Range<usize>,
) -> bool {
    found_outside(frequency(), field, part.clone(), span)
        && found_outside(compensation(), field, part, span)
}

/// True when `pattern` matches `part` of the field's text outside the sign at `span`.
fn found_outside(
    pattern: &Regex,
    field: &FieldText,
    part: std::ops::Range<usize>,
    span: &std::ops::Range<usize>,
) -> bool {
    pattern.find_iter(&field.text[part.clone()]).any(|found| {
        let (from, to) = (part.start + found.start(), part.start + found.end());
        to <= span.start || from >= span.end
    })
}

/// True when the line holding `span` is a heading kept in the text: a few words, no bullet, no
/// colon ("Shift: nights and weekends" is a fact) and no full stop, with more text after it.
fn heading_line(text: &str, span: &std::ops::Range<usize>) -> bool {
    let line = line_around(text, span);
    let words = text[line.clone()].trim();
    line.end < text.len()
        && words.split_whitespace().count() <= 6
        && !words.starts_with(['-', '*', '•'])
        && !words.contains(':')
        && !words.ends_with(['.', '!', '?'])
}

/// The line of `text` holding `span`.
fn line_around(text: &str, span: &std::ops::Range<usize>) -> std::ops::Range<usize> {
    let start = text[..span.start].rfind('\n').map_or(0, |index| index + 1);
    let end = text[span.end..]
        .find('\n')
        .map_or(text.len(), |index| span.end + index);
    start..end
}

/// True when the line holding `span` names a standby or on-call duty.
fn paragraph_names_standby(field: &FieldText, span: &std::ops::Range<usize>) -> bool {
    let line = field.text[line_around(field.text, span)].to_lowercase();
    ["standby", "on call", "on-call"]
        .iter()
        .any(|duty| line.contains(duty))
}

/// True when a sign asks for on-call duty, extra hours or out-of-hours work in so many words
/// (incidents only suggest it).
fn is_explicit(note: &str) -> bool {
    note != INCIDENTS
}

/// Splits the signs, clearest first, into those that get a finding of their own (the first
/// sign, and the first explicit sign of every other field or sentence) and those listed with
/// the first.
#[allow(clippy::type_complexity)]
fn pointers<'c, 'a>(
    found: Vec<(&'c FieldText<'a>, Match)>,
) -> (
    Vec<(&'c FieldText<'a>, Match)>,
    Vec<(&'c FieldText<'a>, Match)>,
) {
    let mut pointed: Vec<(&FieldText, Match)> = Vec::new();
    let mut listed = Vec::new();
    // The sentence of a field a sign is in: two demands in one paragraph are two demands.
    let sentence = |field: &FieldText, at: usize| {
        field
            .sentences()
            .iter()
            .position(|sentence| sentence.start <= at && at < sentence.end)
    };
    for (field, found) in found {
        let own = pointed.is_empty()
            || (is_explicit(found.entry.note)
                && pointed.iter().all(|(other, other_found)| {
                    other.field != field.field
                        || sentence(other, other_found.span.start)
                            != sentence(field, found.span.start)
                }));
        if own {
            pointed.push((field, found));
        } else {
            listed.push((field, found));
        }
    }
    (pointed, listed)
}

/// Reports a declared on-call duty whose frequency, hours or pay are not given; false when
/// all three are.
/// True when the cue `found` follows "when", "while", "whilst" or "if" ("when on call"): the
/// time of another duty, not the duty declared.
fn while_on_it(field: &FieldText, found: &Match) -> bool {
    found
        .tokens
        .start
        .checked_sub(1)
        .and_then(|at| field.tokens.get(at))
        .is_some_and(|token| matches!(token.lower.as_str(), "when" | "while" | "whilst" | "if"))
}

fn check_declared(context: &Context, diagnostics: &mut Vec<Diagnostic>) -> bool {
    let on_call = &context.posting.on_call;
    // The on-call details, the duties that mention on-call work, and any other text that
    // names the on-call duty itself ("standby pay" in the benefits) may say it in words.
    let prose: Vec<&str> = context
        .texts
        .iter()
        .filter(|field| {
            field.field == Field::OnCallDetails
                || cues().find(field).iter().any(|found| {
                    !about_experience(field.text, found.span.start)
                        && !company_hours(field, found)
                        && (DUTY_SECTIONS.contains(&field.section()) || found.entry.note == ON_CALL)
                })
        })
        .map(|field| field.text)
        .collect();
    let stated = |field: &str, pattern: &Regex| {
        !field.trim().is_empty() || prose.iter().any(|text| pattern.is_match(text))
    };
    let missing: Vec<&str> = [
        (stated(&on_call.frequency, frequency()), "how often"),
        (stated(&on_call.hours, hours()), "which hours"),
        (
            stated(&on_call.compensation, compensation()),
            "how it is paid",
        ),
    ]
    .into_iter()
    .filter_map(|(given, what)| (!given).then_some(what))
    .collect();
    if missing.is_empty() {
        return false;
    }
    let message = format!(
        "the role includes on-call duty but does not say {}",
        missing.join(", ")
    );
    let help = "Candidates plan their lives around on-call duty; give its frequency, hours and compensation.";
    // Point at each duty that declares it (the clearest sign of each), when one does; else at
    // the on-call section.
    let mut signs: Vec<(&FieldText, Match)> = context
        .texts_in(DUTY_SECTIONS)
        .flat_map(|field| cues().find(field).into_iter().map(move |m| (field, m)))
        .collect();
    signs.retain(|(field, m)| {
        !about_experience(field.text, m.span.start) && !company_hours(field, m)
    });
    crate::sort::sort_by_key(&mut signs, |(_, m)| strength(m.entry.note));
    let (mut pointed, _) = pointers(signs);
    // With the On-call section written, what is missing is missing from it: a requirement
    // that only mentions the duty ("a reliable car, as on-call means getting to the hospital at
    // night") is no place to point; a duty that declares it still is.
    // Nor is a duty done "when on call" ("Scrub for emergency cases when on call"): it says
    // what the duty holds, while the section declares it.
    if !on_call.details.trim().is_empty() {
        pointed.retain(|(field, found)| {
            field.section() == Section::Responsibilities && !while_on_it(field, found)
        });
    }
    if pointed.is_empty() {
        diagnostics.push(Diagnostic::posting_level(
            &RULE,
            Section::OnCall,
            message.clone(),
            help,
        ));
    }
    for (field, found) in pointed {
        diagnostics.push(Diagnostic::spanned(
            &RULE,
            field.field,
            found.span,
            message.clone(),
            help,
        ));
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::rules::testing::{flagged, item, run, summary};
    use crate::model::{ListKind, OnCall};

    #[test]
    fn flags_call_outs_and_weekend_support_as_needed() {
        let mut posting = item(
            ListKind::Responsibilities,
            "Occasional weekend and emergency service calls as needed",
        );
        posting.push_item(
            ListKind::Responsibilities,
            "Occasional weekend support as needed",
        );
        let found = flagged(&posting, &run(&RULE, &posting));
        assert_eq!(
            found,
            [
                "weekend and emergency",
                "Occasional weekend support as needed"
            ]
        );
    }

    #[test]
    fn flags_work_outside_normal_hours_in_other_words() {
        for text in [
            "Respond to emergency maintenance calls outside normal working hours.",
            "Available for snow removal callouts during the winter season.",
            "Participate in the duty manager rota.",
            "Flexibility to work extended hours during peak season.",
            "Must be willing to work holidays.",
            "Attend evening events, parent meetings and occasional weekend activities.",
            "This role requires availability to respond to alarms 24 hours a day.",
            "Must be available to work any shift, including overnight.",
            "Support speaker programs, including evening dinner programs and meetings that may fall on weekends.",
            "Events often run into the evening, so flexibility is essential.",
            "Everyone pitches in and picks up extra shifts when needed.",
            "Call: 1 call shift per week required",
            "Client entertaining is a big part of this role, so expect regular evenings and the odd weekend.",
            "Shift: nights and weekends\nWe are a busy 24-hour diner.",
            "Monday to Friday 8.45am to 5.45pm, plus late viewings as and when required.",
            "We ask everyone to pick up extra shifts when we are short-staffed.",
        ] {
            let posting = item(ListKind::Responsibilities, text);
            assert_eq!(run(&RULE, &posting).len(), 1, "{text}");
        }
        for text in [
            "Staff the phone call shifts in our contact centre.",

            "Each campaign runs 5 to 10 days, once in spring and once in autumn; some days fall on a weekend. Each weekend day worked is given back as a day off, with a field allowance of EUR 40 a day.",
            "There is no on-call and no weekend work.",
            "There is no evening, weekend or on-call work in this position.",
            "Manage the on-call schedule for the nursing team.",
            "Read drawings with GD&T callouts such as position and flatness.",
            "Pick any shift that suits you.",
            "Overtime, call-ins and shutdowns\n\nA call-in is voluntary and paid at double time, with a minimum of four hours.",
        ] {
            let posting = item(ListKind::Responsibilities, text);
            assert!(run(&RULE, &posting).is_empty(), "{text}");
        }
    }

    #[test]
    fn flags_times_asked_whenever_somebody_needs_them() {
        for text in [
            "Apprentices are expected to work overtime and weekends whenever the contractor requires.",
            "Must be flexible and available evenings and weekends as the family's schedule requires.",
            "The Night Auditor must stay past 7:00 a.m. until relief arrives.",
            "Must be ready to work on weekends, festival days and late nights as per business requirement.",
            "Reachable on Slack evenings and weekends from January to April.",
            "Be available late evenings at quarter-end to get contracts signed.",
            "Supervise labs and attend Back to School Night, Open House and other evening events as assigned.",
            "Attend evening industry events (AGC chapter dinners, ABC mixers) as your territory requires.",
        ] {
            let posting = summary(text);
            assert_eq!(run(&RULE, &posting).len(), 1, "{text}");
        }
        // Times asked on demand are no shift pattern's hours.
        let posting = summary(
            "Schedule: Monday to Friday, 6:30 am to 6:30 pm. Must be available evenings and weekends as the family's schedule requires.",
        );
        assert_eq!(run(&RULE, &posting).len(), 1);
        // "Whenever" denies nothing, but "never" does.
        let posting = summary("The unit keeps a 1:4 ratio on nights, as California law requires.");
        assert!(run(&RULE, &posting).is_empty());
        let posting = summary("We will never ask for evenings or weekends as the season requires.");
        assert!(run(&RULE, &posting).is_empty());
    }

    #[test]
    fn flags_duties_implying_on_call() {
        let mut posting = item(ListKind::Responsibilities, "Resolve production incidents");
        posting.push_item(
            ListKind::Responsibilities,
            "Participate in on-call rotation",
        );
        let diagnostics = run(&RULE, &posting);
        // The on-call words are the clearest sign; the incidents are listed with them.
        assert_eq!(flagged(&posting, &diagnostics), ["on-call"]);
        assert_eq!(diagnostics[0].related.len(), 1);
        // A department's call rotation, not a sales team's.
        let posting = item(
            ListKind::Responsibilities,
            "Participate in the department call rotation.",
        );
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["call rotation"]);
        let posting = item(ListKind::Responsibilities, "Join the cold call rotation.");
        assert!(run(&RULE, &posting).is_empty());
    }

    #[test]
    fn flags_declared_on_call_without_details() {
        let mut posting = item(ListKind::Responsibilities, "Join the on-call rota");
        posting.on_call = OnCall {
            status: OnCallStatus::Required,
            frequency: "one week in six".into(),
            ..OnCall::default()
        };
        let diagnostics = run(&RULE, &posting);
        assert_eq!(diagnostics.len(), 1);
        assert_eq!(flagged(&posting, &diagnostics), ["on-call"]);
        assert!(diagnostics[0]
            .message
            .contains("which hours, how it is paid"));
        posting.responsibilities.clear();
        let diagnostics = run(&RULE, &posting);
        assert!(diagnostics[0].field.is_none(), "no duty names it");
    }

    #[test]
    fn the_benefits_may_give_the_on_call_details() {
        let mut posting = item(ListKind::Responsibilities, "Join the on-call roster.");
        posting.push_item(
            ListKind::Benefits,
            "On-call one week in six, 3:30 pm to 7:00 am on weeknights, with $180 standby pay for the week.",
        );
        posting.on_call = OnCall {
            status: OnCallStatus::Required,
            ..OnCall::default()
        };
        assert!(run(&RULE, &posting).is_empty());
    }

    #[test]
    fn the_company_hours_say_nothing_of_the_duty() {
        // The mill's own hours, in a sentence that does not speak to the candidate, with a
        // bonus named: neither tells how the on-call duty is paid.
        let mut posting = item(
            ListKind::Responsibilities,
            "Take part in the on-call rotation on nights and weekends.",
        );
        posting.summary =
            "Our mill runs around the clock, and every employee earns an annual bonus.".into();
        posting.on_call = OnCall {
            status: OnCallStatus::Required,
            hours: "nights and weekends".into(),
            ..OnCall::default()
        };
        let diagnostics = run(&RULE, &posting);
        assert_eq!(flagged(&posting, &diagnostics), ["on-call"]);
        assert!(diagnostics[0].message.contains("how often, how it is paid"));
    }

    #[test]
    fn ignores_disclosed_on_call_and_benefits() {
        let mut posting = item(ListKind::Responsibilities, "Join the on-call rota");
        posting.on_call = OnCall {
            status: OnCallStatus::Required,
            frequency: "one week in six".into(),
            hours: "18:00-08:00".into(),
            compensation: "EUR 300 per week".into(),
            details: String::new(),
        };
        posting.push_item(ListKind::Benefits, "24/7 gym access");
        assert!(run(&RULE, &posting).is_empty());
        let posting = item(ListKind::Benefits, "24/7 gym access");
        assert!(run(&RULE, &posting).is_empty());
        // Extra hours on demand beside a disclosed on-call duty are still undisclosed.
        let mut posting = item(ListKind::Responsibilities, "Join the on-call rota");
        posting.on_call = OnCall {
            status: OnCallStatus::Required,
            frequency: "one week in six".into(),
            hours: "18:00-08:00".into(),
            compensation: "EUR 300 per week".into(),
            details: String::new(),
        };
        posting.summary = "You will also pick up extra shifts at short notice.".into();
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting)),
            ["at short notice"]
        );
        // On-call duty ruled out in its own clause.
        let posting = summary(
            "Emergencies after hours go to the county hospital, so you will never be on call.",
        );
        assert!(run(&RULE, &posting).is_empty());
        let posting = summary("Nobody on the desk is on call.");
        assert!(run(&RULE, &posting).is_empty());
    }

    #[test]
    fn flags_the_built_in_example() {
        let posting = crate::model::Posting {
            unplaced: crate::import::EXAMPLE_TEXT.to_owned(),
            ..Default::default()
        };
        assert_eq!(run(&RULE, &posting).len(), 1);
        let example = crate::import::example();
        assert_eq!(run(&RULE, &example).len(), 1);
    }

    #[test]
    fn ignores_a_stated_shift_pattern() {
        let mut posting = item(
            ListKind::Responsibilities,
            "Cover the help desk on evenings and weekends",
        );
        posting.summary =
            "Shifts are Tuesday to Saturday, 14:00 to 22:00, and one weekend in four.".into();
        assert!(run(&RULE, &posting).is_empty());
        posting.summary = "The rota is published six weeks ahead.".into();
        assert!(run(&RULE, &posting).is_empty());
        // How many shifts a week and their hours: the overnight work is the shift itself.
        let mut overnight = item(
            ListKind::Responsibilities,
            "Monitor anesthesia for emergency surgeries, including overnight cases",
        );
        overnight.summary =
            "Our overnight technicians work four 10-hour shifts a week, 7:00 p.m. to 5:00 a.m."
                .into();
        assert!(run(&RULE, &overnight).is_empty());
        // The days and the hours of one pattern, not a day in the company's story and the
        // hours of a schedule that names no days.
        posting.summary =
            "Regulars line up on Sunday mornings.\n\nSchedule: 5 shifts a week, 3 PM to close."
                .into();
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting)),
            ["evenings and weekends"]
        );
        // Without the pattern the same duty is flagged, and on-call duty is flagged even when
        // the shifts are stated.
        posting.summary = "A friendly team.".into();
        let diagnostics = run(&RULE, &posting);
        assert_eq!(flagged(&posting, &diagnostics), ["evenings and weekends"]);
        assert!(diagnostics[0].message.contains("which days and hours"));
        posting.summary = "The rota is published six weeks ahead.".into();
        posting.push_item(
            ListKind::Responsibilities,
            "Carry the pager for production incidents",
        );
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["pager"]);
        // A sign that names its days or its part of the day, with a span of hours in its own
        // sentence.
        for text in [
            "Day (6a-6p), night (6p-6a) and weekend shifts available.",
            "Evening shifts run from 5pm to 11pm.",
        ] {
            let posting = summary(text);
            assert!(run(&RULE, &posting).is_empty(), "{text}");
        }
        // One time alone is no span of hours.
        for text in ["Weekend shifts available.", "Weekend shifts start at 5 AM."] {
            let posting = summary(text);
            assert_eq!(
                flagged(&posting, &run(&RULE, &posting)),
                ["Weekend shifts"],
                "{text}"
            );
        }
    }

    #[test]
    fn work_after_hours_is_explained_only_by_an_evening_pattern() {
        let mut posting = item(ListKind::Responsibilities, "Clean offices after hours.");
        posting.summary = "Schedule: Monday to Friday, 6pm to 11pm.".into();
        assert!(run(&RULE, &posting).is_empty());
        posting.summary = "Schedule: Monday to Friday, 8am to 5pm.".into();
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["after hours"]);
        // Open availability is not hidden by the weekend words beside it.
        let mut posting = item(
            ListKind::MustHave,
            "Open availability, including nights, weekends and holidays.",
        );
        posting.summary = "Shifts are posted every Friday; the store opens 7 AM to 10 PM.".into();
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting)),
            ["Open availability"]
        );
    }

    #[test]
    fn flags_overtime_left_open_and_shifts_covered_on_demand() {
        for (text, words) in [
            (
                "Overtime may be required during peak periods such as Black Friday.",
                "Overtime may be required",
            ),
            (
                "Overtime will occasionally be needed at year-end.",
                "Overtime will occasionally be needed",
            ),
            (
                "Flexibility to cover day shifts when required, for holidays and sick leave.",
                "cover day shifts when required",
            ),
            (
                "Occasional evening and weekend hours may be required to support lab sections.",
                "Occasional evening and weekend hours may be required",
            ),
            (
                "Attending meetings and school events after school hours as required",
                "after school hours as required",
            ),
            (
                "Able to work the occasional Saturday morning",
                "occasional Saturday morning",
            ),
            (
                "Call: may be required per unit needs",
                "Call: may be required",
            ),
            (
                "During peak, overtime is mandatory.",
                "overtime is mandatory",
            ),
            (
                "Be available after hours when clients need you.",
                "after hours when clients need",
            ),
            (
                "Some overnight trips, such as our summer camp at Cultus Lake, may be required.",
                "overnight trips, such as our summer camp at Cultus Lake, may be required",
            ),
        ] {
            let posting = summary(text);
            assert_eq!(flagged(&posting, &run(&RULE, &posting)), [words], "{text}");
        }
        // Said with its terms, or ruled out, it is not flagged.
        for text in [
            "Overtime may be required in December: at most one extra 8-hour shift a week, paid at time and a half.",
            "Overtime will never be required.",
            "Our cover team covers shifts when needed.",
            "Mandatory overtime is paid at time and a half, and nobody works more than 16 hours in 24.",
            "If a caregiver needs to call out, please ring the office.",
            "One week in four you carry the duty phone overnight (11 p.m. to 7 a.m.). We pay $200 for each duty week, and a call-out that brings you in is paid at time and a half.",
        ] {
            let posting = summary(text);
            assert!(run(&RULE, &posting).is_empty(), "{text}");
        }
    }

    #[test]
    fn flags_being_called_in_and_not_others_overtime() {
        let posting =
            summary("On powder days we may call you in early to help dig out the lift stations.");
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["call you in"]);
        let posting = summary(
            "Most of our field staff are hourly, and many work overtime in the summer survey \
             season. Tell us after any shift that felt unsafe.",
        );
        assert!(run(&RULE, &posting).is_empty());
        let posting = summary("You must work overtime when the schedule is short.");
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["work overtime"]);
        let posting = item(
            ListKind::Responsibilities,
            "Take backup call as needed to cover census surges",
        );
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["backup call"]);
        let posting = summary("Extra shifts may be required if a shutdown runs over schedule.");
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["Extra shifts"]);
        let posting = summary("Extra shifts are voluntary and paid at time and a half.");
        assert!(run(&RULE, &posting).is_empty());
    }

    #[test]
    fn flags_call_ins_and_extra_hours_even_with_stated_shifts() {
        let mut posting = item(
            ListKind::MustHave,
            "Must be available to be called in when the schedule is short.",
        );
        posting.push_item(
            ListKind::MustHave,
            "Mandatory overtime as business needs require.",
        );
        posting.summary = "Shifts run from 10 p.m. to 8 a.m., Sunday to Thursday.".into();
        let diagnostics = run(&RULE, &posting);
        // Each duty that asks for extra hours in so many words gets its own finding.
        assert_eq!(
            flagged(&posting, &diagnostics),
            ["called in", "Mandatory overtime"]
        );
        let posting = item(ListKind::MustHave, "Open availability, including holidays.");
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting)),
            ["Open availability"]
        );
        let posting =
            summary("A storm can mean a long shift followed by another shift with little notice.");
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting)),
            ["with little notice"]
        );
        // Extra hours whose sentence says how often and how they are paid are disclosed;
        // "overtime" alone is no word on pay.
        let posting = item(
            ListKind::MustHave,
            "In December: mandatory overtime of one extra 8-hour shift a week, paid at time and a half.",
        );
        assert!(run(&RULE, &posting).is_empty());
        let posting = item(
            ListKind::MustHave,
            "Mandatory overtime one extra shift a week in December.",
        );
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting)),
            ["Mandatory overtime"]
        );
        // Hours with no end; "no exceptions" insists, it denies nothing.
        for (text, words) in [
            (
                "When we pour, we stay until the pour is finished, no exceptions.",
                "stay until the pour is finished",
            ),
            (
                "You are the first one on site and the last one to leave.",
                "last one to leave",
            ),
        ] {
            let posting = summary(text);
            assert_eq!(flagged(&posting, &run(&RULE, &posting)), [words], "{text}");
        }
        assert!(run(&RULE, &summary("Stay until 6pm on Fridays.")).is_empty());
        let posting = summary("The team puts in long hours around quarter end.");
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["long hours"]);
        assert!(run(&RULE, &summary("There are no long hours here.")).is_empty());
        let posting = item(
            ListKind::MustHave,
            "Flexibility to work additional hours during busy periods",
        );
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting)),
            ["additional hours during busy periods"]
        );
        for (text, words) in [
            (
                "Willingness to work additional hours during month-end, quarter-end and year-end close",
                "additional hours during month-end",
            ),
            (
                "Expect longer hours during results season.",
                "longer hours during results season",
            ),
        ] {
            let posting = item(ListKind::MustHave, text);
            assert_eq!(flagged(&posting, &run(&RULE, &posting)), [words], "{text}");
        }
    }

    #[test]
    fn an_application_deadline_is_no_shift() {
        // The closing time is not an evening shift that explains the work after hours.
        let mut posting = item(
            ListKind::MustHave,
            "Flexibility to work outside standard hours when trial visits require it",
        );
        posting.unplaced = "- Employment: full-time, 76 hours a fortnight, Monday to Friday\n\
             - Applications close: 11:59 pm, Sunday 8 February 2027"
            .into();
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting)),
            ["outside standard hours"]
        );
        // A shift that runs to the evening does.
        posting.unplaced = "Monday to Friday, 2pm to 10:30pm.".into();
        assert!(run(&RULE, &posting).is_empty());
    }

    #[test]
    fn flags_hours_without_an_end_and_extra_shifts_on_demand() {
        for (text, words) in [
            (
                "Respond to derailments and broken rails at any hour.",
                "at any hour",
            ),
            (
                "Work whatever hours the shutdowns require.",
                "whatever hours",
            ),
            (
                "Able to stay until the event ends, however late it runs.",
                "however late",
            ),
            (
                "Be available 24/7 to respond to restaurant emergencies.",
                "available 24/7",
            ),
            (
                "You will be expected to work additional hours as required to meet deadlines.",
                "additional hours as required",
            ),
            (
                "Be flexible to cover additional shifts and extend swings when required.",
                "additional shifts and extend swings when required",
            ),
            ("Able to work doubles when needed.", "doubles when needed"),
            (
                "Must be willing to stay back after closing when required.",
                "stay back",
            ),
            ("Happy to stay behind to finish a stocktake.", "stay behind"),
            (
                "Available for evening and weekend appointments when customers need them.",
                "evening and weekend appointments when customers need",
            ),
        ] {
            let posting = item(ListKind::MustHave, text);
            assert_eq!(flagged(&posting, &run(&RULE, &posting)), [words], "{text}");
        }
        // Extra shifts offered, not asked for; the company's own hours.
        for text in [
            "Extra shifts are available if you want them.",
            "Drivers stay back from the loading bay while the forklift works.",
            "Our support team answers customers 24/7.",
            "A clinical team you can reach 24/7.",
            "You can reach our team 24/7.",
            "Our dispatch and breakdown line answers 24/7, so you always reach a person.",
            "Our ATMs and online banking are available 24/7; tellers are never on call.",
            "Our engineers cover the callout rota, and graduates are never put on it.",
        ] {
            let posting = summary(text);
            assert!(run(&RULE, &posting).is_empty(), "{text}");
        }
    }

    #[test]
    fn ignores_on_call_named_as_past_experience() {
        let mut posting = item(
            ListKind::MustHave,
            "You have experience being on-call and can handle a complex situation.",
        );
        assert!(run(&RULE, &posting).is_empty());
        posting.push_item(
            ListKind::Responsibilities,
            "Join the weekend on-call rotation.",
        );
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["on-call"]);
    }

    #[test]
    fn flags_standby_duty_not_standby_equipment() {
        let mut posting = item(
            ListKind::Responsibilities,
            "Take turns on standby with a district phone to answer alarm calls.",
        );
        posting.push_item(
            ListKind::Responsibilities,
            "Test the standby generator monthly.",
        );
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["on standby"]);
    }

    #[test]
    fn points_at_out_of_hours_work_before_incidents() {
        let mut posting = item(
            ListKind::Responsibilities,
            "Respond to production incidents.",
        );
        posting.push_item(
            ListKind::Responsibilities,
            "Provide occasional after-hours support during launches.",
        );
        posting.push_item(
            ListKind::Responsibilities,
            "Join weekend deployments a few times a quarter.",
        );
        posting.push_item(
            ListKind::MustHave,
            "Available nights, weekends and holidays.",
        );
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting)),
            ["after-hours", "weekend deployments", "nights, weekends"]
        );
    }

    #[test]
    fn points_at_on_call_words_before_incidents() {
        let mut posting = summary("Lead incident response for the platform.");
        posting.push_item(ListKind::Responsibilities, "Participate in oncall shifts");
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["oncall"]);
    }

    #[test]
    fn ignores_the_company_hours_in_prose() {
        let posting = summary("Our customers get help 24/7 from a team across three time zones.");
        assert!(run(&RULE, &posting).is_empty());
        let posting = summary("You will keep the service up 24/7.");
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["24/7"]);
        let posting = item(ListKind::Responsibilities, "Provide 24/7 support.");
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["24/7"]);
        let posting = item(
            ListKind::Responsibilities,
            "Be available around the clock when the CEO is traveling.",
        );
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting)),
            ["around the clock"]
        );
        let posting = summary("Our plant runs around the clock on three shifts.");
        assert!(run(&RULE, &posting).is_empty());
    }

    #[test]
    fn ignores_starting_at_short_notice_and_denied_extra_hours() {
        let posting = summary(
            "You can start at short notice. There is no mandatory overtime, and you will never be called in on a day off. If you work overtime, it is voluntary.",
        );
        assert!(run(&RULE, &posting).is_empty());
        // A law that bars it, right before the words.
        let posting = summary(
            "Texas Health and Safety Code Chapter 258 bars mandatory overtime for nurses outside a declared disaster.",
        );
        assert!(run(&RULE, &posting).is_empty());
        // "Bars" that serve drinks deny nothing.
        let posting =
            summary("Cover the hotel's two bars and work mandatory overtime during the festival.");
        assert_eq!(run(&RULE, &posting).len(), 1);
    }

    #[test]
    fn call_shifts_counted_per_schedule_are_a_frequency() {
        // As a posting's schedule section puts it (imported whole: the "Call:" line is read too).
        let text = "# ICU Nurse (Nights)\n\n## Schedule, floating and overtime\n\n- **Nights:** three 12-hour shifts a week, 19:00 to 07:30, including every third weekend.\n- **Call:** each nurse takes two call shifts per six-week schedule, 19:00 to 07:30. Call pays $10.00 an hour on standby, and time and a half from the moment you are called in.\n";
        let Ok(imported) = crate::import::import_str(text) else {
            panic!("the posting imports");
        };
        let posting = imported.document.posting;
        let diagnostics = run(&RULE, &posting);
        assert!(
            diagnostics.is_empty(),
            "{:?}",
            flagged(&posting, &diagnostics)
        );
    }

    #[test]
    fn being_called_in_from_a_disclosed_standby_is_part_of_it() {
        let mut posting = summary(
            "Weekend standby: one weekend in six, Friday 11:00 PM to Monday 6:00 AM. Standby is paid at $5.00 per hour; if you are called in, you are paid time and a half.",
        );
        posting.on_call = OnCall {
            status: OnCallStatus::Required,
            frequency: "one weekend in six".into(),
            hours: "Friday 11:00 PM to Monday 6:00 AM".into(),
            compensation: "$5.00 per hour".into(),
            ..OnCall::default()
        };
        let found = run(&RULE, &posting);
        assert!(found.is_empty(), "{found:?}");
        // Mandatory overtime beside a stated rotation is not part of a standby duty.
        let posting = summary(
            "Telecommunicators work 12-hour shifts on a 2-2-3 rotation, with 8 hours of scheduled overtime every other week, paid at time and a half. Employees may also be called back to work during emergencies.",
        );
        assert_eq!(run(&RULE, &posting).len(), 1);
    }

    #[test]
    fn a_rota_that_includes_weekends_states_the_days() {
        let mut posting = item(
            ListKind::Responsibilities,
            "Shifts are 07:00-15:00, 14:00-22:00 and 22:00-07:00 on a rolling 10-week rota that includes weekends and bank holidays.",
        );
        posting.push_item(
            ListKind::Responsibilities,
            "Assist with viewings out of hours.",
        );
        posting.push_item(
            ListKind::MustHave,
            "Flexible approach to working hours, including nights, weekends and bank holidays",
        );
        let found = run(&RULE, &posting);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn ignores_on_call_disclosed_in_the_details() {
        let mut posting = item(ListKind::Responsibilities, "Join the on-call rota");
        posting.on_call = OnCall {
            status: OnCallStatus::Required,
            details: "One week in six, 18:00 to 08:00 on weekdays and all weekend; paid EUR 300 per on-call week plus time off after night call-outs.".into(),
            ..OnCall::default()
        };
        assert!(run(&RULE, &posting).is_empty());
        // The frequency written with hyphens.
        posting.on_call.details = "The team runs a one-week-in-six on-call rota, from 18:00 to 08:00 on weekdays and all day at weekends. We pay EUR 450 for each on-call week.".into();
        assert!(run(&RULE, &posting).is_empty());
        posting.on_call.details = "One week in six, evenings and weekends.".into();
        let diagnostics = run(&RULE, &posting);
        assert_eq!(
            diagnostics[0].message,
            "the role includes on-call duty but does not say how it is paid"
        );
        assert_eq!(flagged(&posting, &diagnostics), ["on-call"]);
        // A requirement that only mentions the duty is no place to point: the section is.
        let mut posting = item(
            ListKind::MustHave,
            "A reliable car, as on-call means getting to the hospital at night",
        );
        posting.on_call = OnCall {
            status: OnCallStatus::Required,
            details: "One weeknight a fortnight, 7pm to 7:30am, and one weekend in eight.".into(),
            ..OnCall::default()
        };
        let diagnostics = run(&RULE, &posting);
        assert_eq!(diagnostics.len(), 1);
        assert!(diagnostics[0].span.is_none());
        assert_eq!(diagnostics[0].section, Section::OnCall);
        // Nor is a duty done "when on call": the section declares the duty.
        let mut posting = item(
            ListKind::Responsibilities,
            "Scrub for emergency and obstetric cases when on call",
        );
        posting.on_call = OnCall {
            status: OnCallStatus::Required,
            details: "Participation in the theatre on-call roster is required, including weekends."
                .into(),
            ..OnCall::default()
        };
        let diagnostics = run(&RULE, &posting);
        assert_eq!(diagnostics.len(), 1);
        assert_eq!(diagnostics[0].section, Section::OnCall);
    }
}
