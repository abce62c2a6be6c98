from lib import *
T = """Appointments to Independent Reporting Commission

LONDON: The Secretary of State for Northern Ireland, The Rt. Hon. Brandon Lewis CBE MP has announced the appointment of Mitchell B. Reiss as the UK Commissioner to the Independent Reporting Commission for a further period from April 2022 to March 2025.

he Irish Government has nominated Tim O’Connor for a further period of appointment to the Commission, and Monica McWilliams and John McBurney have also been nominated by the Northern Ireland Executive for a further period of appointment.

Background

The Independent Reporting Commission was established following the Fresh Start Agreement in 2015 by an international treaty between the UK Government and the Government of Ireland.

Its key functions are to report on progress towards ending paramilitary activity and on the implementation of the relevant measures of the UK Government, the Government of Ireland and the Northern Ireland Executive. This includes oversight of the implementation of the NI Executive’s strategy to disband loyalist and republican paramilitary groups.

The New Decade New Approach Agreement, in January 2020, included a commitment to ongoing work to tackle paramilitarism and a second phase of the programme of work to tackle paramilitary activity is now underway.

The IRC continues to have a critical role in reporting on progress towards ending paramilitarism in Northern Ireland and the independent perspective offered by the Commission provides an important contribution to shaping and scrutinising that effort. The Commission’s fourth report, released in December 2021, reminds us of the important work still to be done."""
doc("nio-irc-appointments-2022",
 "https://thefrontierpost.com/appointments-to-independent-reporting-commission/ (copy of a Northern Ireland Office press release, gov.uk, 2022-03-24; title line taken from the page address; the copy's metadata line and 'F.P. Report' byline left out; the copy's dropped letter in 'he Irish Government' kept)",
 T,
 [("Person","Brandon Lewis","The Rt. Hon. Brandon Lewis CBE MP"),
  ("Person","Mitchell B. Reiss"),
  ("Person","Tim O’Connor"),("Person","Monica McWilliams"),("Person","John McBurney"),
  ("Organisation","Independent Reporting Commission","IRC","the Commission","The Commission"),
  ("Organisation","Government of Ireland","Irish Government"),
  ("Organisation","Northern Ireland Executive","NI Executive"),
  ("Organisation","UK Government"),
  ("Policy","Fresh Start Agreement"),
  ("Policy","New Decade New Approach Agreement"),
  ("Policy","NI Executive’s strategy to disband loyalist and republican paramilitary groups"),
  ("Policy","programme of work to tackle paramilitary activity"),
  ("Place","Northern Ireland")],
 roles=[("Brandon Lewis","Secretary of State for Northern Ireland",None),
        ("Mitchell B. Reiss","UK Commissioner","Independent Reporting Commission"),
        ("Tim O’Connor","Commissioner","Independent Reporting Commission"),
        ("Monica McWilliams","Commissioner","Independent Reporting Commission"),
        ("John McBurney","Commissioner","Independent Reporting Commission")],
 ann=[("UK Government","Independent Reporting Commission"),("Government of Ireland","Independent Reporting Commission")],
 over=[("Independent Reporting Commission","NI Executive’s strategy to disband loyalist and republican paramilitary groups"),
       ("Independent Reporting Commission","UK Government"),
       ("Independent Reporting Commission","Government of Ireland"),
       ("Independent Reporting Commission","Northern Ireland Executive")])
