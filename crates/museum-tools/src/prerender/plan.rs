//! The schematic floor plan, drawn as the app's `FloorPlan` component draws it
//! (`src/components/floor_plan.rs`), without the visitor's visited rooms, which only the app knows.

use catalog::{Lang, MuseumFile, RoomSummary, PLAN_HEIGHT, PLAN_WIDTH};

use super::esc;
use super::strings::en;

const EN: Lang = Lang::En;

/// One floor: walls, hall and doors as SVG, each room a link placed over it. `here` is marked as the
/// visitor's location. In `compact` form (a room's minimap) rooms have no labels and are out of the
/// tab order.
pub fn floor_plan(m: &MuseumFile, floor: u8, here: Option<&str>, compact: bool) -> String {
    let rooms: Vec<&RoomSummary> = m.rooms.iter().filter(|r| r.plan.floor == floor).collect();
    let mut doors = String::new();
    for (i, a) in rooms.iter().enumerate() {
        for b in &rooms[i + 1..] {
            if let Some(d) = a.doors.contains(&b.id).then(|| a.plan.door_to(&b.plan)).flatten() {
                let (w, h) = if d.horizontal { (3.0, 1.2) } else { (1.2, 3.0) };
                doors += &format!(
                    "<rect class=\"plan-door\" x=\"{}\" y=\"{}\" width=\"{w}\" height=\"{h}\" rx=\"0.4\"></rect>",
                    d.x - w / 2.0,
                    d.y - h / 2.0
                );
            }
        }
    }
    let links: String = rooms
        .iter()
        .map(|r| {
            let is_here = here == Some(r.id.as_str());
            let name = esc(r.title.in_lang(EN));
            let (attrs, label) = if compact {
                (format!(" tabindex=\"-1\" aria-label=\"{name}\""), String::new())
            } else {
                let tag = if is_here {
                    format!("<span class=\"plan-tag here-tag\">{}</span>", en("you_are_here"))
                } else {
                    String::new()
                };
                (String::new(), format!("<span class=\"plan-name\"><span>{name}</span></span>{tag}"))
            };
            format!(
                "<a href=\"/rooms/{id}\" class=\"plan-room{cls}\" style=\"{style}\"{attrs}{cur} data-room=\"{id}\">{label}</a>",
                id = r.id,
                cls = if is_here { " here" } else { "" },
                style = r.plan.css_box(),
                cur = if is_here { " aria-current=\"location\"" } else { "" },
            )
        })
        .collect();
    format!(
        "<div class=\"plan{compact}\"><svg class=\"plan-walls\" viewBox=\"0 0 {PLAN_WIDTH} {PLAN_HEIGHT}\" preserveAspectRatio=\"none\" \
         aria-hidden=\"true\" focusable=\"false\"><rect class=\"plan-floor\" x=\"0.5\" y=\"0.5\" width=\"{fw}\" height=\"{fh}\" rx=\"1.5\"></rect>\
         <rect class=\"plan-hall\" x=\"21.4\" y=\"19\" width=\"57.2\" height=\"22\" rx=\"1\"></rect>\
         <text class=\"plan-hall-label\" x=\"50\" y=\"31.2\" text-anchor=\"middle\">{hall}</text>{doors}</svg>{links}</div>",
        compact = if compact { " compact" } else { "" },
        fw = PLAN_WIDTH - 1.0,
        fh = PLAN_HEIGHT - 1.0,
        hall = esc(en("hall")),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::prerender::test_museum as museum;

    #[test]
    fn the_full_plan_names_each_room_of_its_floor_and_marks_where_you_are() {
        let m = museum();
        let first = m.rooms.iter().find(|r| r.plan.floor == 1).unwrap();
        let html = floor_plan(&m, 1, Some(&first.id), false);
        let on_floor = m.rooms.iter().filter(|r| r.plan.floor == 1).count();
        assert_eq!(html.matches("class=\"plan-name\"").count(), on_floor);
        assert_eq!(html.matches("aria-current=\"location\"").count(), 1);
        assert!(html.contains("class=\"plan-tag here-tag\""));
        assert!(!html.contains("tabindex"));
    }

    #[test]
    fn the_compact_plan_has_no_labels_and_no_tab_stops() {
        let m = museum();
        let html = floor_plan(&m, 2, None, true);
        assert!(html.starts_with("<div class=\"plan compact\">"));
        assert!(!html.contains("plan-name"));
        let on_floor = m.rooms.iter().filter(|r| r.plan.floor == 2).count();
        assert_eq!(html.matches("tabindex=\"-1\"").count(), on_floor);
    }
}
