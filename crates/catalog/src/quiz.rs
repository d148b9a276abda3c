//! Room quizzes made from the museum's own facts, so every room has one without hand-written
//! questions that could drift from the data: where the city is, how it is written, when its tie
//! with Harbin began, and which rooms are next door.

use std::collections::BTreeMap;

use crate::{Continent, DatePrecision, Lang, MuseumFile, Question, RoomSummary, Text};

/// How many answers each generated question offers.
const CHOICES: usize = 4;

fn text(en: String, zh: String) -> Text {
    Text(BTreeMap::from([("en".into(), en), ("zh".into(), zh)]))
}

/// A small deterministic random sequence (so a room's quiz is the same on every device and in
/// the printed worksheet).
struct Dice(u64);

impl Dice {
    fn new(seed: &str) -> Dice {
        // FNV-1a.
        let hash = seed.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
        });
        Dice(hash | 1)
    }

    fn below(&mut self, n: usize) -> usize {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 33) as usize % n.max(1)
    }
}

/// Builds a question from the right answer and candidate wrong ones (duplicates of the answer or
/// of each other are skipped). `None` when there are not enough different wrong answers.
fn ask(
    dice: &mut Dice,
    question: Text,
    right: Text,
    wrong: Vec<Text>,
    explanation: Text,
) -> Option<Question> {
    let mut pool: Vec<Text> = Vec::new();
    for w in wrong {
        if w.in_lang(Lang::En) != right.in_lang(Lang::En)
            && !pool.iter().any(|p| p.in_lang(Lang::En) == w.in_lang(Lang::En))
        {
            pool.push(w);
        }
    }
    if pool.len() < CHOICES - 1 {
        return None;
    }
    let mut choices = Vec::with_capacity(CHOICES);
    while choices.len() < CHOICES - 1 {
        choices.push(pool.swap_remove(dice.below(pool.len())));
    }
    let answer = dice.below(CHOICES);
    choices.insert(answer, right);
    Some(Question {
        question,
        choices,
        answer,
        explanation,
    })
}

/// The city's name as written locally, without the romanisation in brackets, when it is in a
/// script other than the Latin alphabet (新潟市, Якутск, เชียงใหม่, ...).
fn local_script(room: &RoomSummary) -> Option<&str> {
    let local = room.city.local_name.split(" (").next()?.split(';').next()?.trim();
    let latin = |c: char| c.is_ascii_alphabetic() || ('\u{c0}'..='\u{24f}').contains(&c);
    (!local.is_empty() && !local.chars().any(latin)).then_some(local)
}

/// The decade a city's tie with Harbin began, when the year is recorded (not approximate).
fn decade(room: &RoomSummary) -> Option<i32> {
    let signed = room.city.signed.as_ref()?;
    let exact = matches!(
        signed.precision,
        DatePrecision::Day | DatePrecision::Month | DatePrecision::Year
    );
    exact.then(|| signed.year()).flatten().map(|y| y / 10 * 10)
}

fn decade_text(d: i32) -> Text {
    text(format!("the {d}s"), format!("{d}年代"))
}

/// Three to five questions about a room, made from `museum.json`; empty for an unknown room.
pub fn room_quiz(museum: &MuseumFile, room_id: &str) -> Vec<Question> {
    let Some(room) = museum.room(room_id) else {
        return Vec::new();
    };
    let mut dice = Dice::new(room_id);
    let others: Vec<&RoomSummary> = museum.rooms.iter().filter(|r| r.id != room_id).collect();
    let city = &room.city.name;
    let (en, zh) = (city.in_lang(Lang::En), city.in_lang(Lang::Zh));
    let mut quiz = Vec::new();

    let country = &room.city.country;
    quiz.extend(ask(
        &mut dice,
        text(format!("In which country is {en}?"), format!("{zh}在哪个国家？")),
        country.clone(),
        others.iter().map(|r| r.city.country.clone()).collect(),
        text(
            format!("{en} is in {}.", country.in_lang(Lang::En)),
            format!("{zh}在{}。", country.in_lang(Lang::Zh)),
        ),
    ));

    if let Some(continent) = Continent::of(&room.city) {
        let name = |c: Continent| text(c.name(Lang::En).into(), c.name(Lang::Zh).into());
        quiz.extend(ask(
            &mut dice,
            text(
                format!("On which continent is {en}?"),
                format!("{zh}位于哪个大洲？"),
            ),
            name(continent),
            Continent::ALL.into_iter().map(name).collect(),
            text(
                format!("{en} is in {}.", continent.name(Lang::En)),
                format!("{zh}位于{}。", continent.name(Lang::Zh)),
            ),
        ));
    }

    if let Some(local) = local_script(room) {
        let plain = |s: &str| text(s.into(), s.into());
        quiz.extend(ask(
            &mut dice,
            text(
                format!("Which of these is {en}'s name written the way people there write it?"),
                format!("下面哪一个是{zh}当地人书写的城市名称？"),
            ),
            plain(local),
            others.iter().filter_map(|r| local_script(r)).map(plain).collect(),
            text(
                format!("People in {en} write its name {local}."),
                format!("{zh}当地人把城市名写作“{local}”。"),
            ),
        ));
    }

    if let Some(d) = decade(room) {
        let year = room
            .city
            .signed
            .as_ref()
            .map(|s| s.display(Lang::En))
            .unwrap_or_default();
        let year_zh = room
            .city
            .signed
            .as_ref()
            .map(|s| s.display(Lang::Zh))
            .unwrap_or_default();
        quiz.extend(ask(
            &mut dice,
            text(
                format!("When did Harbin and {en} become sister cities?"),
                format!("哈尔滨和{zh}是在什么时候结为友好城市的？"),
            ),
            decade_text(d),
            (1970..=2010).step_by(10).map(decade_text).collect(),
            text(
                format!("In the {d}s: the tie dates from {year}."),
                format!("在{d}年代：两市于{year_zh}结好。"),
            ),
        ));
    }

    let doors: Vec<&RoomSummary> = room.doors.iter().filter_map(|d| museum.room(d)).collect();
    if let Some(door) = doors.get(dice.below(doors.len())) {
        let far: Vec<Text> = others
            .iter()
            .filter(|r| !room.doors.contains(&r.id))
            .map(|r| r.title.clone())
            .collect();
        quiz.extend(ask(
            &mut dice,
            text(
                "Which of these rooms has a door into this one?".into(),
                "下面哪个展厅与本展厅相通？".into(),
            ),
            door.title.clone(),
            far,
            text(
                format!(
                    "A door leads from here into the {} room.",
                    door.title.in_lang(Lang::En)
                ),
                format!("从这里有门通往{}展厅。", door.title.in_lang(Lang::Zh)),
            ),
        ));
    }
    quiz
}
