//! Opening hours: an OpenStreetMap `opening_hours` string evaluated in the place's IANA time
//! zone, with the right UK bank holidays for `PH` rules, turned into a structured status
//! ("open until 23:00", "opens Thursday 18:00") that the app and CLI put into words.

use chrono::{DateTime, Datelike, NaiveDate, Utc, Weekday};
use chrono_tz::Tz;
use compact_calendar::CompactCalendar;
use opening_hours::localization::TzLocation;
use opening_hours::{Context, ContextHolidays, OpeningHours, RuleKind};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

/// GOV.UK's bank holidays per nation; see `data/README.md`.
const BANK_HOLIDAYS: &str = include_str!("../../../data/uk-bank-holidays.json");

/// How far ahead a status looks. Beyond a week, a place is "closed" (or open around the clock).
const HORIZON_DAYS: i64 = 8;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HoursError {
    #[error("opening hours {text:?} are not valid OpenStreetMap opening_hours: {reason}")]
    BadOpeningHours { text: String, reason: String },
    #[error("{0:?} is not an IANA time zone such as Europe/London")]
    BadTimeZone(String),
}

/// The day something happens, relative to the person's "now" in the place's time zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DayRef {
    Today,
    Tomorrow,
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl DayRef {
    fn of(day: NaiveDate, today: NaiveDate) -> Self {
        if day == today {
            return Self::Today;
        }
        if today.succ_opt() == Some(day) {
            return Self::Tomorrow;
        }
        match day.weekday() {
            Weekday::Mon => Self::Monday,
            Weekday::Tue => Self::Tuesday,
            Weekday::Wed => Self::Wednesday,
            Weekday::Thu => Self::Thursday,
            Weekday::Fri => Self::Friday,
            Weekday::Sat => Self::Saturday,
            Weekday::Sun => Self::Sunday,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Today => "today",
            Self::Tomorrow => "tomorrow",
            Self::Monday => "monday",
            Self::Tuesday => "tuesday",
            Self::Wednesday => "wednesday",
            Self::Thursday => "thursday",
            Self::Friday => "friday",
            Self::Saturday => "saturday",
            Self::Sunday => "sunday",
        }
    }
}

/// Whether a place is open, as data: the app and CLI choose the words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum OpenStatus {
    /// Open now and for at least the next week (24/7 services).
    OpenAllDay,
    /// Open now; closes at `time` (local, `HH:MM`) on `day`.
    OpenUntil { time: String, day: DayRef },
    /// Closed now; opens at `time` (local, `HH:MM`) on `day`.
    OpensAt { time: String, day: DayRef },
    /// Closed now and not open in the coming week.
    Closed,
    /// No machine-readable hours, or the hours say "unknown" for now.
    Unknown,
}

impl OpenStatus {
    pub fn is_open(&self) -> bool {
        matches!(self, Self::OpenAllDay | Self::OpenUntil { .. })
    }
}

/// Which bank holidays apply: `england`/`wales` share a list; `None` means the nation is not
/// known, so a `PH` rule on any UK bank holiday gives "unknown" rather than a guess.
fn holidays_for(nation: Option<&str>) -> (ContextHolidays, ContextHolidays) {
    static CALENDARS: OnceLock<HashMap<String, Arc<CompactCalendar>>> = OnceLock::new();
    let calendars = CALENDARS.get_or_init(|| {
        let mut out = HashMap::new();
        // The bundled file is checked by the tests; an unreadable one means no holidays known.
        let parsed: serde_json::Value = serde_json::from_str(BANK_HOLIDAYS).unwrap_or_default();
        let mut all = CompactCalendar::default();
        if let Some(divisions) = parsed.get("divisions").and_then(|d| d.as_object()) {
            for (division, events) in divisions {
                let mut cal = CompactCalendar::default();
                for date in events.as_array().into_iter().flatten().filter_map(|e| {
                    NaiveDate::parse_from_str(e.get("date")?.as_str()?, "%Y-%m-%d").ok()
                }) {
                    cal.insert(date);
                    all.insert(date);
                }
                out.insert(division.clone(), Arc::new(cal));
            }
        }
        out.insert("any".into(), Arc::new(all));
        out
    });
    let division = match nation {
        Some("england") | Some("wales") => Some("england-and-wales"),
        Some("scotland") => Some("scotland"),
        Some("northern-ireland") => Some("northern-ireland"),
        _ => None,
    };
    let empty = ContextHolidays::default;
    match division.and_then(|d| calendars.get(d)) {
        Some(cal) => (ContextHolidays::new(cal.clone(), Arc::default()), empty()),
        None => {
            let any = calendars.get("any").cloned().unwrap_or_default();
            (empty(), ContextHolidays::new(any, Arc::default()))
        }
    }
}

/// The dates of UK bank holidays known for a nation (for tests and the docs).
pub fn bank_holidays(nation: &str) -> Vec<NaiveDate> {
    holidays_for(Some(nation)).0.get_public().iter().collect()
}

/// A parsed, ready-to-evaluate schedule.
#[derive(Clone)]
pub struct Hours {
    oh: OpeningHours<TzLocation<Tz>>,
    tz: Tz,
}

impl std::fmt::Debug for Hours {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Hours({} in {})", self.oh, self.tz)
    }
}

impl Hours {
    pub fn parse(
        opening_hours: &str,
        timezone: &str,
        nation: Option<&str>,
    ) -> Result<Self, HoursError> {
        let tz: Tz = timezone
            .parse()
            .map_err(|_| HoursError::BadTimeZone(timezone.to_string()))?;
        let oh = <OpeningHours as std::str::FromStr>::from_str(opening_hours).map_err(|e| {
            HoursError::BadOpeningHours {
                text: opening_hours.to_string(),
                reason: e.to_string(),
            }
        })?;
        let (holidays, unknown) = holidays_for(nation);
        let ctx = Context::default()
            .with_holidays(holidays)
            .with_holidays_unknown(unknown)
            .with_locale(TzLocation::new(tz));
        Ok(Self {
            oh: oh.with_context(ctx),
            tz,
        })
    }

    pub fn is_open(&self, at: DateTime<Utc>) -> bool {
        self.oh.state(at.with_timezone(&self.tz)).0 == RuleKind::Open
    }

    pub fn status(&self, at: DateTime<Utc>) -> OpenStatus {
        let now = at.with_timezone(&self.tz);
        let horizon = now + chrono::Duration::days(HORIZON_DAYS);
        let today = now.date_naive();
        let mut ranges = self.oh.iter_range(now, horizon);
        let Some(first) = ranges.next() else {
            return OpenStatus::Unknown;
        };
        let local = |dt: &DateTime<Tz>| (dt.format("%H:%M").to_string(), dt.date_naive());
        match first.kind {
            RuleKind::Open => {
                let mut end = first.range.end;
                for next in ranges {
                    if next.kind != RuleKind::Open || next.range.start != end {
                        break;
                    }
                    end = next.range.end;
                }
                if end >= horizon {
                    return OpenStatus::OpenAllDay;
                }
                let (time, day) = local(&end);
                OpenStatus::OpenUntil {
                    time,
                    day: DayRef::of(day, today),
                }
            }
            kind => {
                if kind == RuleKind::Unknown {
                    return OpenStatus::Unknown;
                }
                for next in ranges {
                    match next.kind {
                        RuleKind::Open => {
                            let (time, day) = local(&next.range.start);
                            return OpenStatus::OpensAt {
                                time,
                                day: DayRef::of(day, today),
                            };
                        }
                        RuleKind::Unknown => return OpenStatus::Unknown,
                        RuleKind::Closed => {}
                    }
                }
                OpenStatus::Closed
            }
        }
    }
}

/// A London wall-clock time, for tests here and in `search`.
#[cfg(test)]
pub(crate) fn london(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
    use chrono::TimeZone;
    chrono_tz::Europe::London
        .with_ymd_and_hms(y, m, d, h, min, 0)
        .single()
        .expect("a London time that exists once")
        .with_timezone(&Utc)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    /// `h`'s status at a London wall-clock time.
    fn status(h: &Hours, y: i32, m: u32, d: u32, hour: u32, min: u32) -> OpenStatus {
        h.status(london(y, m, d, hour, min))
    }

    /// A London wall-clock time: year, month, day, hour, minute.
    type Wall = (i32, u32, u32, u32, u32);

    /// Checks `h`'s status at each London time.
    fn statuses(h: &Hours, expected: &[(Wall, OpenStatus)]) {
        for &((y, m, d, hour, min), ref want) in expected {
            let at = london(y, m, d, hour, min);
            assert_eq!(&h.status(at), want, "{y}-{m}-{d} {hour}:{min:02}");
        }
    }

    fn hours(oh: &str, nation: Option<&str>) -> Hours {
        Hours::parse(oh, "Europe/London", nation).unwrap()
    }

    fn until(time: &str, day: DayRef) -> OpenStatus {
        OpenStatus::OpenUntil {
            time: time.into(),
            day,
        }
    }

    fn opens(time: &str, day: DayRef) -> OpenStatus {
        OpenStatus::OpensAt {
            time: time.into(),
            day,
        }
    }

    #[test]
    fn open_across_midnight() {
        // Mondays, Wednesdays, Fridays and weekends, 18:00 to 02:00 the next morning.
        let h = hours("Mo,We,Fr,Sa,Su 18:00-02:00", Some("england"));
        statuses(
            &h,
            &[
                // Monday 2026-11-23 at 23:30: open until 02:00 (Tuesday, "tomorrow").
                ((2026, 11, 23, 23, 30), until("02:00", DayRef::Tomorrow)),
                // Tuesday 01:00 is still Monday night's session.
                ((2026, 11, 24, 1, 0), until("02:00", DayRef::Today)),
                // Tuesday 03:00: closed, and Tuesday has no session of its own: opens Wednesday.
                ((2026, 11, 24, 3, 0), opens("18:00", DayRef::Tomorrow)),
                // Through the weekend the sessions join up: Friday 23:00 is open until Saturday.
                ((2026, 11, 27, 23, 0), until("02:00", DayRef::Tomorrow)),
            ],
        );
        assert!(h.is_open(london(2026, 11, 24, 1, 0)));
        // Tuesday 20:00: nothing on Tuesday evening.
        assert!(!h.is_open(london(2026, 11, 24, 20, 0)));
        // Closing at midnight.
        let m = hours("Mo-Su 16:30-24:00", Some("england"));
        let before_midnight = (2026, 11, 23, 22, 0);
        statuses(&m, &[(before_midnight, until("00:00", DayRef::Tomorrow))]);
    }

    #[test]
    fn twenty_four_seven_is_open_all_day() {
        let h = hours("24/7", None);
        assert_eq!(status(&h, 2026, 3, 29, 3, 30), OpenStatus::OpenAllDay);
    }

    #[test]
    fn opens_later_this_week_names_the_day() {
        let h = hours("Th 16:30-20:30; Sa,Su 12:30-16:00", Some("england"));
        statuses(
            &h,
            &[
                // Monday 2026-11-23 noon: opens Thursday 16:30.
                ((2026, 11, 23, 12, 0), opens("16:30", DayRef::Thursday)),
                ((2026, 11, 26, 9, 0), opens("16:30", DayRef::Today)),
            ],
        );
    }

    #[test]
    fn no_opening_within_a_week_is_closed() {
        let h = hours("Jan 01 10:00-12:00", Some("england"));
        assert_eq!(status(&h, 2026, 6, 1, 12, 0), OpenStatus::Closed);
    }

    #[test]
    fn british_summer_time_and_greenwich_mean_time() {
        let h = hours("Mo-Su 18:00-23:00", Some("england"));
        // In summer (BST, UTC+1) the café opens at 17:00 UTC; in winter (GMT) at 18:00 UTC.
        let summer_1730_utc = Utc.with_ymd_and_hms(2026, 7, 1, 17, 30, 0).unwrap();
        let winter_1730_utc = Utc.with_ymd_and_hms(2026, 1, 14, 17, 30, 0).unwrap();
        assert!(h.is_open(summer_1730_utc));
        assert!(!h.is_open(winter_1730_utc));
        // The night the clocks go back (Sunday 25 October 2026, 02:00 BST -> 01:00 GMT), a
        // service open 22:00-03:00 stays open for the repeated hour and closes at 03:00 GMT.
        let late = hours("Mo-Su 22:00-03:00", Some("england"));
        let repeated_hour = Utc.with_ymd_and_hms(2026, 10, 25, 1, 30, 0).unwrap(); // 01:30 GMT
        assert!(late.is_open(repeated_hour));
        assert_eq!(late.status(repeated_hour), until("03:00", DayRef::Today));
        assert!(!late.is_open(Utc.with_ymd_and_hms(2026, 10, 25, 3, 30, 0).unwrap()));
        // The night the clocks go forward (29 March 2026, 01:00 GMT -> 02:00 BST): 23:00 BST
        // on the Saturday is 22:00 UTC, and the status still speaks in local time.
        let spring = Utc.with_ymd_and_hms(2026, 3, 28, 22, 0, 0).unwrap();
        assert_eq!(late.status(spring), until("03:00", DayRef::Tomorrow));
    }

    #[test]
    fn public_holidays_follow_each_nations_bank_holidays() {
        // Open weekdays, closed on bank holidays.
        let oh = "Mo-Fr 10:00-16:00; PH off";
        // Monday 3 August 2026 is the summer bank holiday in Scotland only.
        let aug_3 = london(2026, 8, 3, 12, 0);
        assert!(!hours(oh, Some("scotland")).is_open(aug_3));
        assert!(hours(oh, Some("england")).is_open(aug_3));
        // Monday 31 August 2026 is the summer bank holiday in England, Wales and NI, not Scotland.
        let aug_31 = london(2026, 8, 31, 12, 0);
        assert!(!hours(oh, Some("england")).is_open(aug_31));
        assert!(!hours(oh, Some("wales")).is_open(aug_31));
        assert!(!hours(oh, Some("northern-ireland")).is_open(aug_31));
        assert!(hours(oh, Some("scotland")).is_open(aug_31));
        // 17 March 2026 (St Patrick's Day) is a bank holiday in Northern Ireland only.
        let paddy = london(2026, 3, 17, 12, 0);
        assert!(!hours(oh, Some("northern-ireland")).is_open(paddy));
        assert!(hours(oh, Some("england")).is_open(paddy));
        // A place in an unknown nation: "unknown" on any UK bank holiday, never a guess.
        assert_eq!(hours(oh, None).status(aug_31), OpenStatus::Unknown);
        // Extra opening on holidays: "Sa,Su,PH 12:30-23:00".
        let weekend = hours("Mo-Fr 18:00-23:00; Sa,Su,PH 12:30-23:00", Some("england"));
        assert!(weekend.is_open(london(2026, 12, 25, 13, 0))); // Christmas Day, a Friday
        assert!(!weekend.is_open(london(2026, 12, 24, 13, 0))); // Christmas Eve is not a holiday
    }

    #[test]
    fn bank_holiday_list_is_sourced_per_nation() {
        let ew = bank_holidays("england");
        let scot = bank_holidays("scotland");
        let ni = bank_holidays("northern-ireland");
        let d = |s| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        assert!(ew.contains(&d("2026-12-25")) && scot.contains(&d("2026-12-25")));
        assert!(scot.contains(&d("2026-01-02")) && !ew.contains(&d("2026-01-02")));
        assert!(
            ni.contains(&d("2026-07-13")),
            "Battle of the Boyne (substitute day)"
        );
        assert!(ew.len() > 100 && scot.len() > 100 && ni.len() > 100);
    }

    #[test]
    fn second_tuesday_of_the_month() {
        let h = hours("Tu[2] 10:00-15:00", Some("england"));
        // November 2026: Tuesdays are the 3rd, 10th, 17th, 24th.
        assert!(h.is_open(london(2026, 11, 10, 11, 0)));
        assert!(!h.is_open(london(2026, 11, 3, 11, 0)));
        assert!(!h.is_open(london(2026, 11, 17, 11, 0)));
        // From the 10th afternoon, the next session is 8 December: beyond a week, so closed.
        assert_eq!(status(&h, 2026, 11, 10, 16, 0), OpenStatus::Closed);
        // On Friday 4 December it opens "Tuesday".
        assert_eq!(
            status(&h, 2026, 12, 4, 12, 0),
            opens("10:00", DayRef::Tuesday)
        );
        // The last Thursday: Th[-1].
        let last = hours("Th[-1] 18:00-20:00", Some("england"));
        assert!(last.is_open(london(2026, 11, 26, 19, 0)));
        assert!(!last.is_open(london(2026, 11, 19, 19, 0)));
    }

    #[test]
    fn bad_input_is_refused_clearly() {
        let err = Hours::parse("Mo-Fr 25:99", "Europe/London", None).unwrap_err();
        assert!(err.to_string().contains("Mo-Fr 25:99"), "{err}");
        assert_eq!(
            Hours::parse("24/7", "Europe/Londres", None).unwrap_err(),
            HoursError::BadTimeZone("Europe/Londres".into())
        );
    }
}
