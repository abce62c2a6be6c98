from lib import *
T = """Prison building boom to make streets safer

- 5,000
new prison places under construction - part
of biggest expansion in over a century
- Thousands of new jobs created nationwide, boosting
local economies
- Crucial step towards safer
streets under Government's Plan
for Change
A prison building boom
is underway across the country as the
Government presses ahead with the biggest jail
expansion programme since the Victorian
era.
Around 5,000 new
prison places are under construction –
including in the North West, South
East, South West and East of England –
as part of Government action to keep the
public safe and ensure jails never run out of
space again.
Once complete, they will add to the
2,900 places already delivered since July
2024, marking significant progress towards the
target of 14,000 additional places by 2031 to
lock up dangerous offenders. The latest project, a 245-place
houseblock at HMP Fosse Way in the East Midlands, opened to
prisoners last week.
The various builds are also powering local
economies, with thousands of jobs created
nationwide during construction and once the sites
are operational.
Minister for Prisons, Probation, and Reducing
Reoffending, Timpson said:
“This Government inherited a prison system in crisis –
and we're doing everything we can to fix it.
“We've already delivered 2,900 new places in
the last 18 months, with thousands more on the way. As part of
our Plan for Change we're making sure
dangerous offenders are behind bars and our streets are safer –
no excuses, just action.”
The prison estate increased by less than 500 net
places in the fourteen years to April 2024.
The thousands now under construction
are being delivered through new prison builds, the expansion
and refurbishment of existing sites, and innovative solutions
such as Rapid Deployment Cells which are modular units
designed to quickly add capacity."""
doc("moj-prison-building-boom-2025",
 "https://www.parliamenttoday.com/free/viewnews.html?id=170384 (copy of a Ministry of Justice press release, gov.uk, December 2025; title line taken from the address of a second copy, https://www.ukgovnews.com/press-release/prison-building-boom-to-make-streets-safer/1005235378; the copy's hard line wraps and its dropped first name ('Timpson said') kept; stops before the Minister for Sentencing and Youth Justice's quote)",
 T,
 [("Person","James Timpson","Timpson"),
  ("Organisation","UK Government","Government","This Government"),
  ("Policy","Plan for Change","Government's Plan\nfor Change","our Plan for Change"),
  ("Policy","jail expansion programme","biggest jail\nexpansion programme","biggest expansion in over a century"),
  ("Policy","target of 14,000 additional places by 2031"),
  ("Policy","Rapid Deployment Cells"),
  ("Place","North West"),("Place","South East"),("Place","South West"),("Place","East of England"),
  ("Place","HMP Fosse Way"),("Place","East Midlands")],
 roles=[("James Timpson","Minister for Prisons, Probation, and Reducing Reoffending",None)],
 said=[("James Timpson","This Government inherited a prison system in crisis",True)],
 stats=[("Around 5,000 new\nprison places",5000,"count","new prison places under construction",None,None,None),
        ("2,900 places",2900,"count","prison places already delivered since July 2024","since July 2024",None,None),
        ("14,000 additional places",14000,"count","target for additional prison places","by 2031",None,None),
        ("a 245-place\nhouseblock",245,"count","places in the new houseblock at HMP Fosse Way","last week","East Midlands",None),
        ("2,900 new places",2900,"count","new prison places delivered","the last 18 months",None,"James Timpson"),
        ("less than 500 net\nplaces",500,"count","net increase in the prison estate","the fourteen years to April 2024",None,None)])
