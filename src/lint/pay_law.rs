//! Pay-transparency laws and salary-history bans by place: one table each, and which of their
//! rows a posting's location falls under.
//!
//! The rows summarise public sources (law firms' and governments' summaries, each row names
//! one) as they stood on [`TABLE_CHECKED`]; only what a source states is in a row. They are
//! not legal advice: the rules that read them say a law "may require" something and "appears
//! to apply", and point to the source. Places are read with the shared place module
//! ([`crate::text::place`]), so a law names the countries, regions (ISO 3166-2 codes) and
//! cities (the place table's canonical names) it covers.
//!
//! To update the table: check each row against its source (or a newer one), change the row,
//! and set [`TABLE_CHECKED`] to the day of the check; the rule pages show that date.

use crate::model::{Location, Severity, WorkMode};
use crate::text::place::{
    country_code, country_name, find_places_in_location, PlaceKind, PlaceMatch,
};

/// The day the tables below were last checked against their sources (ISO 8601).
pub const TABLE_CHECKED: &str = "2026-12-01";

/// "in force since 2023-01-01", or "in force from 2027-01-01" for a date after
/// [`TABLE_CHECKED`]: how the findings date a law.
pub(crate) fn in_force_from(date: &str) -> String {
    if date <= TABLE_CHECKED {
        format!("in force since {date}")
    } else {
        format!("in force from {date}")
    }
}

/// The member states of the European Union (ISO 3166-1 alpha-2).
pub const EU_MEMBERS: &[&str] = &[
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV",
    "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
];

/// The places a law covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Jurisdiction {
    /// A country, by its ISO 3166-1 alpha-2 code ("LT"; "PR" for Puerto Rico).
    Country(&'static str),
    /// The European Union: every member state.
    EuropeanUnion,
    /// A state, province or territory, by its ISO 3166-2 code ("US-CO", "CA-BC").
    Region(&'static str),
    /// Cities (or counties listed as places) of one region, by their canonical names in the
    /// place table ("New York City" stands for NYC, Manhattan and Brooklyn too).
    Cities {
        region: &'static str,
        names: &'static [&'static str],
    },
}

impl Jurisdiction {
    /// True when `place` lies inside this jurisdiction (Denver is in Colorado; Berlin is in
    /// the EU).
    pub fn holds(self, place: &PlaceMatch) -> bool {
        match self {
            Self::Country(code) => place.country == code,
            Self::EuropeanUnion => place.country == "EU" || EU_MEMBERS.contains(&place.country),
            Self::Region(code) => place.region == Some(code),
            Self::Cities { region, names } => {
                place.kind == PlaceKind::City
                    && place.region == Some(region)
                    && names.contains(&place.name)
            }
        }
    }

    /// True when this jurisdiction lies inside the area `area` names, so that a remote role
    /// open across the area is open there too (Colorado is inside the United States).
    pub fn inside(self, area: &PlaceMatch) -> bool {
        match area.kind {
            PlaceKind::City => self.holds(area),
            PlaceKind::Region => match self {
                Self::Region(code) | Self::Cities { region: code, .. } => area.region == Some(code),
                Self::Country(_) | Self::EuropeanUnion => false,
            },
            PlaceKind::Country => match self {
                Self::Country(code) => {
                    code == area.country || (area.country == "EU" && EU_MEMBERS.contains(&code))
                }
                Self::EuropeanUnion => area.country == "EU",
                Self::Region(code) | Self::Cities { region: code, .. } => code
                    .split_once('-')
                    .is_some_and(|(country, _)| country == area.country),
            },
        }
    }
}

/// Where and when a law asks for the pay to be given.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Disclosure {
    /// In the job advert itself.
    InAdvert,
    /// In the advert, or before the interview (or otherwise before pay is negotiated).
    AdvertOrBeforeInterview,
    /// Before employment starts; the advert need not carry it.
    BeforeEmployment,
}

/// What figures a law asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Asks {
    /// A range with a minimum and a maximum.
    Range,
    /// The pay, or a range: one fixed figure is enough where the pay is fixed.
    PayOrRange,
    /// The minimum pay (and whether more may be paid).
    Minimum,
}

/// Whether a law covers remote roles that could be done from its jurisdiction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Remote {
    /// It covers a remote role open to people living there (the source says so).
    Covered,
    /// The source does not say so (or covers remote work only on conditions a posting cannot
    /// show, such as reporting to an office there).
    NotStated,
}

/// One pay-transparency law.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PayLaw {
    /// Stable id ("us-co").
    pub id: &'static str,
    /// The place, for people ("Colorado", "New York City", "European Union").
    pub place: &'static str,
    pub jurisdiction: Jurisdiction,
    /// The law's name ("Equal Pay for Equal Work Act").
    pub name: &'static str,
    /// Its citation, as the source gives it ("Cal. Lab. Code § 432.3").
    pub citation: &'static str,
    /// Which employers and jobs it covers, as the source says.
    pub scope: &'static str,
    /// The smallest employer it covers, in employees; `None` where the source states no
    /// threshold.
    pub min_employees: Option<u32>,
    /// The day it took effect, ISO 8601 ("2021-01-01"), or the year alone where the source
    /// gives no day.
    pub effective: &'static str,
    /// What must be disclosed, and where, as the source says.
    pub disclose: &'static str,
    pub disclosure: Disclosure,
    pub asks: Asks,
    pub remote: Remote,
    /// The public source of the row.
    pub source: &'static str,
}

impl PayLaw {
    /// True when the law was in force on the day the table was checked.
    pub fn in_force(&self) -> bool {
        self.effective <= TABLE_CHECKED
    }

    /// "the Equal Pay for Equal Work Act, Part 2 (Colorado)".
    pub fn title(&self) -> String {
        format!("{} ({})", with_article(self.name), self.place)
    }
}

/// Every pay-transparency law in the table: the places whose law asks for pay information in
/// job adverts or before the interview. Laws that ask only on request (Connecticut, Nevada,
/// Rhode Island, Cincinnati, Toledo) and unconfirmed ones are left out.
pub static PAY_LAWS: &[PayLaw] = &[
    PayLaw {
        id: "us-co",
        place: "Colorado",
        jurisdiction: Jurisdiction::Region("US-CO"),
        name: "Equal Pay for Equal Work Act, Part 2",
        citation: "SB19-085, C.R.S. § 8-5-101 et seq.",
        scope: "employers with 1 or more employees in Colorado; jobs done in Colorado and remote jobs that could be done from Colorado, even when the advert excludes Colorado, unless tied to a site outside Colorado",
        min_employees: Some(1),
        effective: "2021-01-01",
        disclose: "a pay range with a finite minimum and maximum and a general description of benefits and other pay, in every posting; since 2024 also the application close date",
        disclosure: Disclosure::InAdvert,
        asks: Asks::Range,
        remote: Remote::Covered,
        source: "https://shermanhoward.com/coloradans-need-not-apply-it-may-not-matter-cdle-seeks-to-quelch-attempts-to-escape-job-posting-requirements/",
    },
    PayLaw {
        id: "us-ca",
        place: "California",
        jurisdiction: Jurisdiction::Region("US-CA"),
        name: "pay scale disclosure law",
        citation: "Cal. Lab. Code § 432.3 (SB 1162)",
        scope: "employers with 15 or more employees, 1 or more of them in California; per the Labor Commissioner, any job that could be filled in California, remote jobs included",
        min_employees: Some(15),
        effective: "2023-01-01",
        disclose: "the pay scale (the salary or hourly wage range the employer reasonably expects to pay) in the posting itself, not behind a link or QR code; benefits are not required",
        disclosure: Disclosure::InAdvert,
        asks: Asks::Range,
        remote: Remote::Covered,
        source: "https://www.cookbrown.com/faqs-pay-transparency-law/",
    },
    PayLaw {
        id: "us-wa",
        place: "Washington",
        jurisdiction: Jurisdiction::Region("US-WA"),
        name: "Equal Pay and Opportunities Act",
        citation: "RCW 49.58.110",
        scope: "employers with 15 or more employees; any job that could be filled by a worker in Washington, remote jobs included",
        min_employees: Some(15),
        effective: "2023-01-01",
        disclose: "the wage scale or salary range (or one fixed rate) and a general description of all benefits and other pay, in each posting",
        disclosure: Disclosure::InAdvert,
        asks: Asks::PayOrRange,
        remote: Remote::Covered,
        source: "https://omwlaw.com/news-events/new-job-posting-requirements-are-effective-january-1-2023",
    },
    PayLaw {
        id: "us-ny-nyc",
        place: "New York City",
        jurisdiction: Jurisdiction::Cities {
            region: "US-NY",
            names: &["New York City", "Queens", "Bronx", "Staten Island"],
        },
        name: "salary transparency law",
        citation: "NYC Human Rights Law as amended (Local Law 59 of 2022)",
        scope: "employers with 4 or more employees, 1 or more in New York City; jobs done wholly or partly in the city, from an office, in the field or remotely from home",
        min_employees: Some(4),
        effective: "2022-11-01",
        disclose: "the good-faith minimum and maximum salary or hourly wage in the advert; open-ended ranges ('$20 per hour and up') do not comply",
        disclosure: Disclosure::InAdvert,
        asks: Asks::Range,
        remote: Remote::Covered,
        source: "https://levyratner.com/nycs-salary-transparency-law-now-in-effect/",
    },
    PayLaw {
        id: "us-ny",
        place: "New York State",
        jurisdiction: Jurisdiction::Region("US-NY"),
        name: "pay transparency law",
        citation: "N.Y. Labor Law § 194-b",
        scope: "employers with 4 or more employees; jobs done at least partly in New York, or remote jobs reporting to a supervisor or office in New York",
        min_employees: Some(4),
        effective: "2023-09-17",
        disclose: "a good-faith minimum and maximum pay, and the job description if one exists; for commission-only pay, a statement saying so",
        disclosure: Disclosure::InAdvert,
        asks: Asks::Range,
        remote: Remote::NotStated,
        source: "https://www.lawpf.com/post/new-york-state-transparency-law",
    },
    PayLaw {
        id: "us-ny-ithaca",
        place: "Ithaca",
        jurisdiction: Jurisdiction::Cities {
            region: "US-NY",
            names: &["Ithaca"],
        },
        name: "salary transparency law",
        citation: "City of Ithaca law (2022)",
        scope: "employer size not stated",
        min_employees: None,
        effective: "2022-09-01",
        disclose: "a good-faith minimum and maximum pay in the advert",
        disclosure: Disclosure::InAdvert,
        asks: Asks::Range,
        remote: Remote::NotStated,
        source: "https://www.hireimage.com/news/new-york-transparency-laws/",
    },
    PayLaw {
        id: "us-nj-jersey-city",
        place: "Jersey City",
        jurisdiction: Jurisdiction::Cities {
            region: "US-NJ",
            names: &["Jersey City"],
        },
        name: "pay disclosure ordinance",
        citation: "Ordinance 22-026, amended by Ordinance 22-045",
        scope: "employers with 5 or more employees, contractors included; silent on remote jobs",
        min_employees: Some(5),
        effective: "2022",
        disclose: "the minimum and maximum pay and the benefits, in the advert",
        disclosure: Disclosure::InAdvert,
        asks: Asks::Range,
        remote: Remote::NotStated,
        source: "https://www.vensure.com/employment-law-updates/new-jersey/july-2022-jersey-city-amends-pay-disclosure-requirements/",
    },
    PayLaw {
        id: "us-nj",
        place: "New Jersey",
        jurisdiction: Jurisdiction::Region("US-NJ"),
        name: "pay transparency law",
        citation: "P.L. 2024, c.91",
        scope: "employers with 10 or more employees over 20 weeks, doing business or hiring in New Jersey; remote jobs not stated",
        min_employees: Some(10),
        effective: "2025-06-01",
        disclose: "the pay or pay range and a general description of benefits and other pay",
        disclosure: Disclosure::InAdvert,
        asks: Asks::PayOrRange,
        remote: Remote::NotStated,
        source: "https://www.workforcebulletin.com/on-trend-new-jersey-hops-on-the-pay-transparency-bandwagon",
    },
    PayLaw {
        id: "us-il",
        place: "Illinois",
        jurisdiction: Jurisdiction::Region("US-IL"),
        name: "Equal Pay Act of 2003, as amended",
        citation: "Illinois Equal Pay Act of 2003 (2025 amendment)",
        scope: "employers with 15 or more employees; jobs done at least partly in Illinois, or reporting to a supervisor or office in Illinois",
        min_employees: Some(15),
        effective: "2025-01-01",
        disclose: "the pay scale and a general description of benefits and other pay (a link is allowed)",
        disclosure: Disclosure::InAdvert,
        asks: Asks::Range,
        remote: Remote::NotStated,
        source: "https://www.meyercapel.com/insights/lorna-geiler-labor-law-e-bulletin-illinois-equal-pay-act-changes",
    },
    PayLaw {
        id: "us-mn",
        place: "Minnesota",
        jurisdiction: Jurisdiction::Region("US-MN"),
        name: "pay transparency provisions of the 2024 omnibus labor law",
        citation: "2024 Minnesota omnibus labor law",
        scope: "employers with 30 or more employees at Minnesota sites; silent on remote jobs",
        min_employees: Some(30),
        effective: "2025-01-01",
        disclose: "a good-faith starting pay range (not open-ended) or a fixed rate, and a general description of benefits and other pay",
        disclosure: Disclosure::InAdvert,
        asks: Asks::PayOrRange,
        remote: Remote::NotStated,
        source: "https://gtlaw.com/en/insights/2024/6/minnesota-passes-new-job-posting-transparency-law",
    },
    PayLaw {
        id: "us-md",
        place: "Maryland",
        jurisdiction: Jurisdiction::Region("US-MD"),
        name: "Wage Range Transparency Act",
        citation: "Maryland Wage Range Transparency Act (2024)",
        scope: "all employers; jobs done at least partly in Maryland",
        min_employees: Some(1),
        effective: "2024-10-01",
        disclose: "a good-faith wage range and a general description of benefits and other pay in the posting",
        disclosure: Disclosure::InAdvert,
        asks: Asks::Range,
        remote: Remote::NotStated,
        source: "https://mondaq.com/unitedstates/employee-rights-labour-relations/1464534/maryland-adopts-pay-transparency-requirements",
    },
    PayLaw {
        id: "us-hi",
        place: "Hawaii",
        jurisdiction: Jurisdiction::Region("US-HI"),
        name: "pay transparency law",
        citation: "Act 203 (2023)",
        scope: "employers with 50 or more employees; external listings only; remote jobs not stated",
        min_employees: Some(50),
        effective: "2024-01-01",
        disclose: "an hourly rate or salary range that reasonably reflects the expected pay",
        disclosure: Disclosure::InAdvert,
        asks: Asks::PayOrRange,
        remote: Remote::NotStated,
        source: "https://www.altres.com/manage-a-business/recruiting-employee-management/hawaii-pay-transparency/",
    },
    PayLaw {
        id: "us-vt",
        place: "Vermont",
        jurisdiction: Jurisdiction::Region("US-VT"),
        name: "pay transparency law",
        citation: "Act 155",
        scope: "employers with 5 or more employees, 1 or more in Vermont; Vermont jobs, and remote jobs that mainly serve a Vermont office",
        min_employees: Some(5),
        effective: "2025-07-01",
        disclose: "a good-faith pay or pay range in written adverts; for tipped jobs, the base range",
        disclosure: Disclosure::InAdvert,
        asks: Asks::PayOrRange,
        remote: Remote::NotStated,
        source: "https://www.pfclaw.com/vermont-enacts-pay-transparency-law-for-written-job-advertisements/",
    },
    PayLaw {
        id: "us-ma",
        place: "Massachusetts",
        jurisdiction: Jurisdiction::Region("US-MA"),
        name: "An Act Relative to Salary Range Transparency",
        citation: "Massachusetts salary range transparency act (2024)",
        scope: "employers with 25 or more employees whose primary workplace is in Massachusetts",
        min_employees: Some(25),
        effective: "2025-10-29",
        disclose: "the pay range in any posting",
        disclosure: Disclosure::InAdvert,
        asks: Asks::Range,
        remote: Remote::NotStated,
        source: "https://www.gtlaw.com/pl/insights/2025/10/massachusetts-pay-transparency-law-takes-effect-on-oct-29-2025",
    },
    PayLaw {
        id: "us-dc",
        place: "District of Columbia",
        jurisdiction: Jurisdiction::Region("US-DC"),
        name: "Wage Transparency Omnibus Amendment Act of 2023",
        citation: "D.C. Wage Transparency Omnibus Amendment Act of 2023",
        scope: "employers with 1 or more employees in D.C.; remote jobs not stated",
        min_employees: Some(1),
        effective: "2024-06-30",
        disclose: "a good-faith minimum and maximum pay in all listings; healthcare benefits before the first interview",
        disclosure: Disclosure::InAdvert,
        asks: Asks::Range,
        remote: Remote::NotStated,
        source: "https://shawe.com/eupdate/new-pay-transparency-requirements-coming-to-d-c/",
    },
    PayLaw {
        id: "us-oh-cleveland",
        place: "Cleveland",
        jurisdiction: Jurisdiction::Cities {
            region: "US-OH",
            names: &["Cleveland"],
        },
        name: "pay transparency ordinance",
        citation: "Ordinance 104-2025",
        scope: "employers with 15 or more employees in the city",
        min_employees: Some(15),
        effective: "2025-10-27",
        disclose: "the salary range or scale ('salary' includes benefits)",
        disclosure: Disclosure::InAdvert,
        asks: Asks::Range,
        remote: Remote::NotStated,
        source: "https://www.jdsupra.com/legalnews/what-employers-need-to-know-about-5883433",
    },
    PayLaw {
        id: "us-oh-columbus",
        place: "Columbus",
        jurisdiction: Jurisdiction::Cities {
            region: "US-OH",
            names: &["Columbus"],
        },
        name: "pay transparency ordinance",
        citation: "Columbus City Code chapter 2335, as amended",
        scope: "employers with 15 or more employees in the city; jobs in Columbus; enforced from 2027-01-01",
        min_employees: Some(15),
        effective: "2025-12-03",
        disclose: "a reasonable salary range or scale",
        disclosure: Disclosure::InAdvert,
        asks: Asks::Range,
        remote: Remote::NotStated,
        source: "https://www.constructionlawinsights.com/2026/01/columbus-joins-other-ohio-cities-in-adopting-pay-transparency-ordinance",
    },
    PayLaw {
        id: "us-me",
        place: "Maine",
        jurisdiction: Jurisdiction::Region("US-ME"),
        name: "pay range disclosure law",
        citation: "H 18 (2026)",
        scope: "employers with 10 or more employees; remote jobs not stated",
        min_employees: Some(10),
        effective: "2026-07-13",
        disclose: "the pay range in any posting",
        disclosure: Disclosure::InAdvert,
        asks: Asks::Range,
        remote: Remote::NotStated,
        source: "https://complianceposter.com/2026/05/11/maine-2026-legislative-session-end/",
    },
    PayLaw {
        id: "us-va",
        place: "Virginia",
        jurisdiction: Jurisdiction::Region("US-VA"),
        name: "wage transparency law",
        citation: "Va. Code § 40.1-28.7:12",
        scope: "all employers; remote jobs not confirmed",
        min_employees: Some(1),
        effective: "2026-07-01",
        disclose: "the pay or a good-faith pay range in all postings",
        disclosure: Disclosure::InAdvert,
        asks: Asks::PayOrRange,
        remote: Remote::NotStated,
        source: "https://virginiabusiness.com/virginia-pay-transparency-law-requires-salary-ranges/",
    },
    PayLaw {
        id: "us-de",
        place: "Delaware",
        jurisdiction: Jurisdiction::Region("US-DE"),
        name: "pay transparency law",
        citation: "HB 105",
        scope: "employers with 26 or more employees; Delaware jobs and some remote jobs of Delaware employers",
        min_employees: Some(26),
        effective: "2027-09-26",
        disclose: "a pay range and a general description of benefits and other pay",
        disclosure: Disclosure::InAdvert,
        asks: Asks::Range,
        remote: Remote::NotStated,
        source: "https://www.managease.com/delaware-new-pay-transparency-requirements",
    },
    PayLaw {
        id: "ca-bc",
        place: "British Columbia",
        jurisdiction: Jurisdiction::Region("CA-BC"),
        name: "Pay Transparency Act",
        citation: "Pay Transparency Act, S.B.C. 2023",
        scope: "all employers; any publicly advertised job that people living in B.C. could fill, remote jobs included",
        min_employees: Some(1),
        effective: "2023-11-01",
        disclose: "the expected pay or pay range; open-ended pay ('up to', 'and up') does not comply; benefits optional",
        disclosure: Disclosure::InAdvert,
        asks: Asks::PayOrRange,
        remote: Remote::Covered,
        source: "https://bctrucking.com/bulletin/2023/10/26/pay-transparency-act-bc-employers-must-include-pay-job-postings-nov-1",
    },
    PayLaw {
        id: "ca-pe",
        place: "Prince Edward Island",
        jurisdiction: Jurisdiction::Region("CA-PE"),
        name: "Employment Standards Act",
        citation: "Employment Standards Act, ss. 5.8-5.10",
        scope: "public external postings; no employer size stated",
        min_employees: None,
        effective: "2022-06-01",
        disclose: "the expected pay or pay range",
        disclosure: Disclosure::InAdvert,
        asks: Asks::PayOrRange,
        remote: Remote::NotStated,
        source: "https://stewartmckelvey.com/thought-leadership/pay-transparency-recent-changes-to-peis-employment-standards-act",
    },
    PayLaw {
        id: "ca-on",
        place: "Ontario",
        jurisdiction: Jurisdiction::Region("CA-ON"),
        name: "Employment Standards Act, 2000",
        citation: "ESA 2000 as amended by Bill 149 (2024), O. Reg. 476/24",
        scope: "employers with 25 or more employees; not jobs done outside Ontario",
        min_employees: Some(25),
        effective: "2026-01-01",
        disclose: "the expected pay or pay range, a range no wider than $50,000 (not required above $200,000); also whether AI screens applicants",
        disclosure: Disclosure::InAdvert,
        asks: Asks::PayOrRange,
        remote: Remote::NotStated,
        source: "https://www.cpgincorporated.com/post/two-major-employment-updates-to-kick-off-2025-key-changes-to-recruitment-practices-in-ontario",
    },
    PayLaw {
        id: "eu",
        place: "European Union",
        jurisdiction: Jurisdiction::EuropeanUnion,
        name: "Pay Transparency Directive 2023/970",
        citation: "Directive (EU) 2023/970, Article 5",
        scope: "employers in the public and private sectors, towards job applicants; member states had to apply it by 2026-06-07, and several (Germany, France, Spain) had not by the date of this table",
        min_employees: None,
        effective: "2026-06-07",
        disclose: "the initial pay or its range (set by objective, gender-neutral criteria) and any collective-agreement terms, in the vacancy notice or before the interview",
        disclosure: Disclosure::AdvertOrBeforeInterview,
        asks: Asks::PayOrRange,
        remote: Remote::NotStated,
        source: "https://leglobal.law/2023/08/23/eu-the-eu-pay-transparency-directive-what-employers-need-to-know/",
    },
    PayLaw {
        id: "at",
        place: "Austria",
        jurisdiction: Jurisdiction::Country("AT"),
        name: "Equal Treatment Act",
        citation: "Gleichbehandlungsgesetz (GlBG), 2011 amendment",
        scope: "adverts for a specific job",
        min_employees: None,
        effective: "2011-03-01",
        disclose: "the minimum pay under the collective agreement or law, and any readiness to pay more, in the advert",
        disclosure: Disclosure::InAdvert,
        asks: Asks::Minimum,
        remote: Remote::NotStated,
        source: "https://360.lexisnexis.at/d/z_bbi_2011_3_BBInfo_2011_03_6_89bd51b7f8?origin=lk",
    },
    PayLaw {
        id: "lt",
        place: "Lithuania",
        jurisdiction: Jurisdiction::Country("LT"),
        name: "Labour Code",
        citation: "Labour Code, Article 25",
        scope: "all employers",
        min_employees: Some(1),
        effective: "2019-07-27",
        disclose: "the base pay or its range in every job advert",
        disclosure: Disclosure::InAdvert,
        asks: Asks::PayOrRange,
        remote: Remote::NotStated,
        source: "https://bnt.eu/pl/wiadomosci-prawne/amendment-to-lithuanian-labour-code-new-obligation-for-employers/",
    },
    PayLaw {
        id: "pl",
        place: "Poland",
        jurisdiction: Jurisdiction::Country("PL"),
        name: "Labour Code",
        citation: "Labour Code amendment of 4 June 2025",
        scope: "employers",
        min_employees: None,
        effective: "2025-12-24",
        disclose: "the pay or its range in the advert, or else before the interview, or else before hiring",
        disclosure: Disclosure::AdvertOrBeforeInterview,
        asks: Asks::PayOrRange,
        remote: Remote::NotStated,
        source: "https://www.roedl.pl/en/good-to-know/good-to-know/labour-law/pay-transparency-at-recruitment-stage",
    },
    PayLaw {
        id: "it",
        place: "Italy",
        jurisdiction: Jurisdiction::Country("IT"),
        name: "pay transparency decree",
        citation: "transposing decree (reported as No. 96/2026)",
        scope: "public and private employers",
        min_employees: None,
        effective: "2026-06-07",
        disclose: "the starting pay or its range in every job advert",
        disclosure: Disclosure::InAdvert,
        asks: Asks::PayOrRange,
        remote: Remote::NotStated,
        source: "https://latestnewsandupdates.com/salary-transparency-decree-in-the-official-journal-what-changes-from-7-june-2026-from-job-advertisements-to-sanctions/",
    },
    PayLaw {
        id: "mt",
        place: "Malta",
        jurisdiction: Jurisdiction::Country("MT"),
        name: "pay transparency regulations",
        citation: "Legal Notice 112 of 2025",
        scope: "employers",
        min_employees: None,
        effective: "2025-08-27",
        disclose: "the pay or its range before employment starts; no advert duty",
        disclosure: Disclosure::BeforeEmployment,
        asks: Asks::PayOrRange,
        remote: Remote::NotStated,
        source: "https://www.mondaq.com/employee-rights-labour-relations/1669404/pay-transparency-in-malta-preparing-for-the-changes-effective-27-august-2025",
    },
    PayLaw {
        id: "sk",
        place: "Slovakia",
        jurisdiction: Jurisdiction::Country("SK"),
        name: "pay transparency act",
        citation: "Slovak act transposing Directive (EU) 2023/970",
        scope: "employers",
        min_employees: None,
        effective: "2026-06-07",
        disclose: "the pay before the interview or the contract; the advert may carry it",
        disclosure: Disclosure::AdvertOrBeforeInterview,
        asks: Asks::PayOrRange,
        remote: Remote::NotStated,
        source: "https://www.teamed.global/eu-pay-transparency/transposition-tracker",
    },
];

/// One place that bans asking applicants about their pay history.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SalaryHistoryBan {
    /// The place, for people ("Colorado", "European Union").
    pub place: &'static str,
    pub jurisdiction: Jurisdiction,
    /// The law, as the source names it ("Directive (EU) 2023/970, Article 5(2)").
    pub law: &'static str,
    /// The day it took effect where the source gives one after 2025 ("2026-07-01"); empty
    /// where it was already in force before.
    pub from: &'static str,
    /// The public source of the row.
    pub source: &'static str,
}

const AAUW: &str = "https://www.aauw.org/resources/policy/state-and-local-salary-history-bans/";
const LOCAL_BANS: &str = "https://www.inchecksolutions.com/salary-history-ban/";

const fn state_ban(place: &'static str, region: &'static str) -> SalaryHistoryBan {
    SalaryHistoryBan {
        place,
        jurisdiction: Jurisdiction::Region(region),
        law: "state salary-history ban",
        from: "",
        source: AAUW,
    }
}

const fn city_ban(
    place: &'static str,
    region: &'static str,
    names: &'static [&'static str],
) -> SalaryHistoryBan {
    SalaryHistoryBan {
        place,
        jurisdiction: Jurisdiction::Cities { region, names },
        law: "local salary-history ban",
        from: "",
        source: LOCAL_BANS,
    }
}

/// Every salary-history ban in the table.
pub static SALARY_HISTORY_BANS: &[SalaryHistoryBan] = &[
    SalaryHistoryBan {
        place: "European Union",
        jurisdiction: Jurisdiction::EuropeanUnion,
        law: "Pay Transparency Directive (EU) 2023/970, Article 5(2)",
        from: "2026-06-07",
        source: "https://ravio.com/blog/understanding-the-eu-pay-transparency-directive--transparency-for-job-applicants",
    },
    SalaryHistoryBan {
        place: "Poland",
        jurisdiction: Jurisdiction::Country("PL"),
        law: "Labour Code amendment of 4 June 2025",
        from: "2025-12-24",
        source: "https://prwt.pl/en/payroll-transparency-changes-in-the-labor-code",
    },
    SalaryHistoryBan {
        place: "Lithuania",
        jurisdiction: Jurisdiction::Country("LT"),
        law: "Labour Code, Article 25",
        from: "2026-06-07",
        source: "https://bnt.eu/pl/wiadomosci-prawne/amendment-to-lithuanian-labour-code-new-obligation-for-employers/",
    },
    SalaryHistoryBan {
        place: "Italy",
        jurisdiction: Jurisdiction::Country("IT"),
        law: "pay transparency decree (reported as No. 96/2026)",
        from: "2026-06-07",
        source: "https://latestnewsandupdates.com/salary-transparency-decree-in-the-official-journal-what-changes-from-7-june-2026-from-job-advertisements-to-sanctions/",
    },
    SalaryHistoryBan {
        place: "British Columbia",
        jurisdiction: Jurisdiction::Region("CA-BC"),
        law: "Pay Transparency Act",
        from: "",
        source: "https://bctrucking.com/bulletin/2023/10/26/pay-transparency-act-bc-employers-must-include-pay-job-postings-nov-1",
    },
    SalaryHistoryBan {
        place: "Prince Edward Island",
        jurisdiction: Jurisdiction::Region("CA-PE"),
        law: "Employment Standards Act",
        from: "",
        source: "https://stewartmckelvey.com/thought-leadership/pay-transparency-recent-changes-to-peis-employment-standards-act",
    },
    SalaryHistoryBan {
        place: "Colorado",
        jurisdiction: Jurisdiction::Region("US-CO"),
        law: "Equal Pay for Equal Work Act",
        from: "",
        source: AAUW,
    },
    SalaryHistoryBan {
        place: "California",
        jurisdiction: Jurisdiction::Region("US-CA"),
        law: "Cal. Lab. Code § 432.3",
        from: "",
        source: AAUW,
    },
    SalaryHistoryBan {
        place: "District of Columbia",
        jurisdiction: Jurisdiction::Region("US-DC"),
        law: "Wage Transparency Omnibus Amendment Act of 2023",
        from: "",
        source: "https://shawe.com/eupdate/new-pay-transparency-requirements-coming-to-d-c/",
    },
    SalaryHistoryBan {
        place: "Virginia",
        jurisdiction: Jurisdiction::Region("US-VA"),
        law: "Va. Code § 40.1-28.7:12",
        from: "2026-07-01",
        source: "https://www.hirschlerlaw.com/newsroom-publications-va-wage-transparency-law-july-1-2026",
    },
    state_ban("Alabama", "US-AL"),
    state_ban("Connecticut", "US-CT"),
    state_ban("Delaware", "US-DE"),
    state_ban("Hawaii", "US-HI"),
    state_ban("Illinois", "US-IL"),
    state_ban("Maine", "US-ME"),
    state_ban("Maryland", "US-MD"),
    state_ban("Massachusetts", "US-MA"),
    state_ban("Minnesota", "US-MN"),
    state_ban("Nevada", "US-NV"),
    state_ban("New Jersey", "US-NJ"),
    state_ban("New York State", "US-NY"),
    state_ban("Oregon", "US-OR"),
    SalaryHistoryBan {
        place: "Puerto Rico",
        jurisdiction: Jurisdiction::Country("PR"),
        law: "salary-history ban",
        from: "",
        source: AAUW,
    },
    state_ban("Rhode Island", "US-RI"),
    state_ban("Vermont", "US-VT"),
    state_ban("Washington", "US-WA"),
    city_ban(
        "New York City",
        "US-NY",
        &["New York City", "Queens", "Bronx", "Staten Island"],
    ),
    city_ban("Albany County", "US-NY", &["Albany"]),
    city_ban("Suffolk County", "US-NY", &["Suffolk County"]),
    city_ban(
        "Westchester County",
        "US-NY",
        &["Westchester County", "White Plains", "Yonkers"],
    ),
    city_ban("Philadelphia", "US-PA", &["Philadelphia"]),
    city_ban("San Francisco", "US-CA", &["San Francisco"]),
    city_ban("Kansas City, Missouri", "US-MO", &["Kansas City"]),
    city_ban("Cincinnati", "US-OH", &["Cincinnati"]),
    city_ban("Toledo", "US-OH", &["Toledo"]),
    SalaryHistoryBan {
        place: "Columbus",
        jurisdiction: Jurisdiction::Cities {
            region: "US-OH",
            names: &["Columbus"],
        },
        law: "Columbus City Code chapter 2335, as amended",
        from: "",
        source: "https://www.constructionlawinsights.com/2026/01/columbus-joins-other-ohio-cities-in-adopting-pay-transparency-ordinance",
    },
    SalaryHistoryBan {
        place: "Cleveland",
        jurisdiction: Jurisdiction::Cities {
            region: "US-OH",
            names: &["Cleveland"],
        },
        law: "Ordinance 104-2025",
        from: "",
        source: "https://www.jdsupra.com/legalnews/what-employers-need-to-know-about-5883433",
    },
];

/// Why a law appears to apply to a posting.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reach {
    /// The role is in this place (on site or hybrid), which the law covers.
    InPlace(&'static str),
    /// The role is open to remote applicants in this place, which the law covers.
    RemoteIn(&'static str),
    /// The role is open to remote applicants across this area (a country), which includes
    /// the law's place, and the law covers remote roles that could be done there.
    RemoteAcross(&'static str),
}

impl Reach {
    /// Why the law applies, for people: "the role is in Denver".
    pub fn describe(&self, law_place: &str) -> String {
        match self {
            Self::InPlace(place) => format!("the role is in {}", article_name(place)),
            Self::RemoteIn(place) => format!(
                "the role is open to remote applicants in {}",
                article_name(place)
            ),
            Self::RemoteAcross(area) => format!(
                "the role is open to remote applicants across {}, {} included",
                article_name(area),
                article_name(law_place)
            ),
        }
    }
}

/// "the United States", "the European Union", but "Germany", "Denver".
fn article_name(name: &str) -> String {
    if takes_article(name) {
        format!("the {name}")
    } else {
        name.to_owned()
    }
}

fn takes_article(name: &str) -> bool {
    [
        "United ",
        "European ",
        "Netherlands",
        "Czech ",
        "Republic ",
        "District of ",
    ]
    .iter()
    .any(|start| name.starts_with(start))
}

/// A law that appears to apply to a posting, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Applicable<T: 'static> {
    pub law: &'static T,
    pub reach: Reach,
}

/// Where a posting's location says the work is: the places it names and whether the role is
/// remote, read from the location fields with the place module.
#[derive(Clone, Debug, Default)]
struct Whereabouts {
    /// Places named in the places and country fields.
    places: Vec<PlaceMatch>,
    /// Places named in the remote-eligibility field.
    eligible: Vec<PlaceMatch>,
    remote: bool,
}

impl Whereabouts {
    fn of(location: &Location) -> Self {
        let mut places = find_places_in_location(&location.places);
        // The country field holds a name or an ISO code: "DE" is Germany there, not Delaware.
        let country = location.country.trim();
        match country_code(country).and_then(country_name) {
            Some(name) => places.extend(
                find_places_in_location(name)
                    .into_iter()
                    .filter(|place| place.kind == PlaceKind::Country),
            ),
            None => places.extend(find_places_in_location(country)),
        }
        let eligible = find_places_in_location(&location.remote_eligibility);
        let says_remote = |text: &str| text.to_ascii_lowercase().contains("remote");
        let remote = location.work_mode == Some(WorkMode::Remote)
            || says_remote(&location.places)
            || says_remote(&location.remote_eligibility);
        Self {
            places,
            eligible,
            remote,
        }
    }

    /// The places a remote applicant may work from: the eligibility field's, or (when it
    /// names none) the regions and countries of the places and country fields.
    fn remote_areas(&self) -> Vec<&PlaceMatch> {
        if !self.remote {
            return Vec::new();
        }
        if !self.eligible.is_empty() {
            return self.eligible.iter().collect();
        }
        self.places
            .iter()
            .filter(|place| place.kind != PlaceKind::City)
            .collect()
    }

    /// Why `jurisdiction` reaches this posting, if it does; `remote_covered` when the law
    /// covers remote roles that could be done from its place.
    fn reach(&self, jurisdiction: Jurisdiction, remote_covered: bool) -> Option<Reach> {
        let areas = self.remote_areas();
        if let Some(area) = areas.iter().find(|area| jurisdiction.holds(area)) {
            return Some(Reach::RemoteIn(area.name));
        }
        if let Some(place) = self
            .places
            .iter()
            .find(|place| jurisdiction.holds(place) && !areas.contains(place))
        {
            return Some(if self.remote && place.kind != PlaceKind::City {
                Reach::RemoteIn(place.name)
            } else {
                Reach::InPlace(place.name)
            });
        }
        if remote_covered {
            if let Some(area) = areas.iter().find(|area| jurisdiction.inside(area)) {
                return Some(Reach::RemoteAcross(area.name));
            }
        }
        None
    }
}

/// The pay-transparency laws that appear to apply to a posting with this location, in table
/// order: those covering a place it names, and for a remote role those covering a place it is
/// open to (directly, or across a country when the law covers remote roles).
pub fn pay_laws_for(location: &Location) -> Vec<Applicable<PayLaw>> {
    let whereabouts = Whereabouts::of(location);
    PAY_LAWS
        .iter()
        .filter_map(|law| {
            whereabouts
                .reach(law.jurisdiction, law.remote == Remote::Covered)
                .map(|reach| Applicable { law, reach })
        })
        .collect()
}

/// The salary-history bans that appear to apply to a posting with this location: those
/// covering a place it names or, for a remote role, a place it is open to (a role open across
/// the United States is open to applicants in Colorado, whose ban protects them).
pub fn salary_history_bans_for(location: &Location) -> Vec<Applicable<SalaryHistoryBan>> {
    let whereabouts = Whereabouts::of(location);
    SALARY_HISTORY_BANS
        .iter()
        .filter_map(|ban| {
            whereabouts
                .reach(ban.jurisdiction, true)
                .map(|reach| Applicable { law: ban, reach })
        })
        .collect()
}

/// What the pay rules say about the laws that apply to a finding.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LawNote {
    /// Error when a law in force asks for the pay in the advert itself, warning otherwise.
    pub severity: Severity,
    /// The laws, for the message: "Equal Pay for Equal Work Act, Part 2 (Colorado)"; past
    /// three, the first two and how many others.
    pub names: String,
    /// True when some law asks for the pay in the advert itself.
    pub in_advert: bool,
    /// One sentence per law: what it asks, its scope and source, and why it appears to apply;
    /// then the table's date and that this is not legal advice.
    pub details: String,
}

/// The note for `laws` (in force or coming), or `None` when there are none.
pub fn law_note(laws: &[Applicable<PayLaw>]) -> Option<LawNote> {
    if laws.is_empty() {
        return None;
    }
    let in_advert = laws.iter().any(|applicable| {
        applicable.law.in_force() && applicable.law.disclosure == Disclosure::InAdvert
    });
    let severity = if in_advert {
        Severity::Error
    } else {
        Severity::Warning
    };
    let titles: Vec<String> = laws
        .iter()
        .map(|applicable| applicable.law.title())
        .collect();
    let mut details = String::new();
    for applicable in laws {
        let law = applicable.law;
        let when = in_force_from(law.effective);
        details.push_str(&format!(
            "{}: {} ({}; {when}; source: {}) asks for {}; it covers {}. It appears to apply because {}. ",
            law.place,
            law.name,
            law.citation,
            law.source,
            law.disclose,
            law.scope,
            applicable.reach.describe(law.place),
        ));
    }
    details.push_str(&format!(
        "(Law table checked {TABLE_CHECKED}. This is not legal advice: check with counsel.)"
    ));
    Some(LawNote {
        severity,
        names: short_list(titles),
        in_advert,
        details,
    })
}

/// Names for a message, kept short: "A", "A and B", "A, B and C", and past three the first
/// two and how many others ("A, B and 4 others"); the help names them all.
pub fn short_list(mut names: Vec<String>) -> String {
    if names.len() > 3 {
        let others = names.len() - 2;
        names.truncate(2);
        names.push(format!("{others} others"));
    }
    join_names(&names)
}

/// A law's name as a sentence names it: "the Labour Code", "the pay transparency law", but
/// "Ordinance 104-2025", "Cal. Lab. Code § 432.3", "An Act Relative to ...".
pub fn with_article(name: &str) -> String {
    let bare = name.contains('§')
        || ["An ", "A ", "Ordinance ", "Act "]
            .iter()
            .any(|start| name.starts_with(start));
    if bare {
        name.to_owned()
    } else {
        format!("the {name}")
    }
}

/// "A", "A and B", "A, B and C".
pub fn join_names(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::place::find_places;

    fn is_date(text: &str) -> bool {
        let parts: Vec<&str> = text.split('-').collect();
        let digits = |part: &str, length: usize| {
            part.len() == length && part.bytes().all(|byte| byte.is_ascii_digit())
        };
        match parts.as_slice() {
            [year] => digits(year, 4),
            [year, month, day] => digits(year, 4) && digits(month, 2) && digits(day, 2),
            _ => false,
        }
    }

    fn is_source(url: &str) -> bool {
        url.starts_with("https://") && !url.contains(' ') && url.len() > "https://a.b".len()
    }

    /// The cities (and counties) a jurisdiction names are canonical names of the place table,
    /// in the region the jurisdiction says.
    fn check_places(jurisdiction: Jurisdiction) {
        match jurisdiction {
            Jurisdiction::Cities { region, names } => {
                assert!(!names.is_empty());
                for name in names {
                    let found = find_places(name);
                    assert!(
                        found.iter().any(|place| place.name == *name
                            && place.region == Some(region)
                            && jurisdiction.holds(place)),
                        "{name} is not a city of {region} in the place table"
                    );
                }
            }
            Jurisdiction::Region(code) => {
                assert!(code.len() > 3 && code.as_bytes()[2] == b'-', "{code}");
            }
            Jurisdiction::Country(code) => assert_eq!(code.len(), 2),
            Jurisdiction::EuropeanUnion => {}
        }
    }

    #[test]
    fn every_law_has_every_field_and_a_source() {
        assert!(is_date(TABLE_CHECKED));
        let mut ids: Vec<&str> = PAY_LAWS.iter().map(|law| law.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), PAY_LAWS.len(), "duplicate law ids");
        for law in PAY_LAWS {
            for (field, value) in [
                ("id", law.id),
                ("place", law.place),
                ("name", law.name),
                ("citation", law.citation),
                ("scope", law.scope),
                ("disclose", law.disclose),
            ] {
                assert!(!value.trim().is_empty(), "{}: empty {field}", law.id);
            }
            assert!(is_date(law.effective), "{}: {}", law.id, law.effective);
            assert!(is_source(law.source), "{}: {}", law.id, law.source);
            assert!(law.min_employees != Some(0), "{}", law.id);
            check_places(law.jurisdiction);
        }
    }

    #[test]
    fn every_ban_has_every_field_and_a_source() {
        for ban in SALARY_HISTORY_BANS {
            assert!(!ban.place.trim().is_empty() && !ban.law.trim().is_empty());
            assert!(ban.from.is_empty() || is_date(ban.from), "{}", ban.place);
            assert!(is_source(ban.source), "{}: {}", ban.place, ban.source);
            check_places(ban.jurisdiction);
        }
    }

    #[test]
    fn the_rule_pages_say_how_current_the_table_is() {
        for id in [
            "pay-range-missing",
            "pay-range-not-a-range",
            "pay-range-too-wide",
            "salary-history",
        ] {
            let rule = crate::lint::rule(id).expect("registered");
            let words = rule.docs.split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(
                words.contains(&format!("checked on {TABLE_CHECKED}")),
                "{id}'s docs do not give the table's date"
            );
        }
    }

    fn ids(location: &Location) -> Vec<&'static str> {
        pay_laws_for(location)
            .into_iter()
            .map(|applicable| applicable.law.id)
            .collect()
    }

    fn at(places: &str) -> Location {
        Location {
            places: places.into(),
            ..Location::default()
        }
    }

    #[test]
    fn places_map_to_their_laws() {
        assert_eq!(ids(&at("Denver, CO")), ["us-co"]);
        assert_eq!(ids(&at("Brooklyn, NY")), ["us-ny-nyc", "us-ny"]);
        assert_eq!(ids(&at("Albany, NY")), ["us-ny"]);
        assert_eq!(ids(&at("Jersey City, NJ")), ["us-nj-jersey-city", "us-nj"]);
        assert_eq!(ids(&at("Vancouver, BC")), ["ca-bc"]);
        assert_eq!(ids(&at("Vancouver, WA")), ["us-wa"]);
        assert_eq!(ids(&at("Milan")), ["eu", "it"]);
        assert_eq!(ids(&at("Berlin (Kreuzberg), hybrid")), ["eu"]);
        assert!(ids(&at("London")).is_empty());
        assert!(ids(&at("Austin, TX")).is_empty());
        let country_only = Location {
            country: "DE".into(),
            ..Location::default()
        };
        assert_eq!(ids(&country_only), ["eu"]);
    }

    #[test]
    fn remote_roles_reach_laws_that_cover_remote_work() {
        let remote_us = Location {
            work_mode: Some(WorkMode::Remote),
            remote_eligibility: "Anywhere in the U.S.".into(),
            ..Location::default()
        };
        assert_eq!(ids(&remote_us), ["us-co", "us-ca", "us-wa", "us-ny-nyc"]);
        let reach = &pay_laws_for(&remote_us)[0].reach;
        assert_eq!(*reach, Reach::RemoteAcross("United States"));
        assert_eq!(
            reach.describe("Colorado"),
            "the role is open to remote applicants across the United States, Colorado included"
        );
        let remote_state = Location {
            work_mode: Some(WorkMode::Remote),
            remote_eligibility: "Colorado or Texas".into(),
            ..Location::default()
        };
        assert_eq!(ids(&remote_state), ["us-co"]);
        assert_eq!(
            pay_laws_for(&remote_state)[0].reach,
            Reach::RemoteIn("Colorado")
        );
        // On site, a country alone says nothing about the state.
        let on_site_us = Location {
            country: "US".into(),
            work_mode: Some(WorkMode::OnSite),
            ..Location::default()
        };
        assert!(ids(&on_site_us).is_empty());
        let remote_eu = Location {
            places: "Remote (EU)".into(),
            ..Location::default()
        };
        assert_eq!(ids(&remote_eu), ["eu"]);
    }

    #[test]
    fn notes_give_severity_by_what_the_law_asks() {
        let note = law_note(&pay_laws_for(&at("Denver"))).expect("a law");
        assert_eq!(note.severity, Severity::Error);
        assert!(note.in_advert);
        assert!(note.details.contains("source: https://"));
        assert!(note.details.contains(TABLE_CHECKED));
        assert!(note.details.contains("not legal advice"));
        let note = law_note(&pay_laws_for(&at("Warsaw"))).expect("laws");
        assert_eq!(note.severity, Severity::Warning);
        assert!(law_note(&[]).is_none());
        let coming = law_note(&pay_laws_for(&at("Wilmington, DE"))).expect("a law");
        assert_eq!(coming.severity, Severity::Warning, "not in force yet");
        assert!(coming.details.contains("in force from 2027-09-26"));
    }

    #[test]
    fn names_read_as_in_a_sentence() {
        assert_eq!(with_article("Labour Code"), "the Labour Code");
        assert_eq!(with_article("Ordinance 104-2025"), "Ordinance 104-2025");
        assert_eq!(
            with_article("Cal. Lab. Code § 432.3"),
            "Cal. Lab. Code § 432.3"
        );
        let names = |count: usize| (1..=count).map(|n| format!("L{n}")).collect::<Vec<_>>();
        assert_eq!(short_list(names(3)), "L1, L2 and L3");
        assert_eq!(short_list(names(6)), "L1, L2 and 4 others");
    }

    #[test]
    fn bans_follow_the_place() {
        let places = |location: &Location| -> Vec<&'static str> {
            salary_history_bans_for(location)
                .into_iter()
                .map(|applicable| applicable.law.place)
                .collect()
        };
        assert_eq!(places(&at("Denver")), ["Colorado"]);
        assert_eq!(places(&at("Philadelphia, PA")), ["Philadelphia"]);
        assert_eq!(places(&at("Berlin")), ["European Union"]);
        assert!(places(&at("London")).is_empty());
    }
}
