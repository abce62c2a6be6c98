from lib import *
T = """Written Statement - Progress in delivering the Programme for Government community safety priorities

Leighton Andrews, Minister for Public Services

First published:
24 June 2015

This was published under the 2011 to 2016 administration of the Welsh Government

This Statement provides members with a progress report on our commitments set out in Chapter 7 of our Programme for Government, Safer Communities for All.  

Our commitment to fund an additional 500 Community Support Officers (CSOs) was achieved ahead of schedule in October 2013. The Universities Police Sciences Institute (UPSI) research indicated the presence of the CSOs has made a real difference in helping people in Wales feel safer in their communities, with the percentage of respondents who had seen CSOs on patrol increased from 76% in 2012 to 90% in 2014.

The CSOs are highly visible in their communities, engaging with people, providing reassurance and tackling low level anti-social behaviour.  For example the Gwynedd South Neighbourhood Policing Team has seen Pwllheli experience a 29% decrease in anti social behaviour.  In South Wales, CSOs joined forces with the Fire Crime Practitioners to provide a visible presence in the area and give public reassurance to local residents. This followed a number of incidents, including some small deliberate fires in communal areas of blocks of flats. The CSOs engaged with young people to involve them in diversionary activity, and distributed flyers with prevention messaging through the Schools Liaison Officers.

The Violence against Women, Domestic Abuse and Sexual Violence (Wales) Act 2015 received Royal Assent on 29 April.  The Act is a landmark piece of legislation.  Its overarching purpose is to improve the public sector response in Wales to gender-based violence, domestic abuse and sexual violence.  One of the first provisions of the Act to come into effect will be the appointment of a National Adviser, expected to be in post by the autumn.  """
doc("wg-community-safety-progress-2015",
 "https://www.gov.wales/written-statement-progress-delivering-programme-government-community-safety-priorities (Welsh Government written statement, 2015-06-24; title line taken from the page address, the 'Skip to main content' and 'Last updated:' lines left out; stops before the 10,000 Safer Lives paragraph)",
 T,
 [("Person","Leighton Andrews"),
  ("Organisation","Welsh Government"),
  ("Policy","Programme for Government","our Programme for Government"),
  ("Policy","Safer Communities for All","Chapter 7 of our Programme for Government"),
  ("Policy","additional 500 Community Support Officers","fund an additional 500 Community Support Officers"),
  ("Organisation","Universities Police Sciences Institute","UPSI"),
  ("Organisation","Gwynedd South Neighbourhood Policing Team"),
  ("Place","Pwllheli"),("Place","South Wales"),("Place","Wales"),
  ("Policy","Violence against Women, Domestic Abuse and Sexual Violence (Wales) Act 2015","The Act","the Act")],
 roles=[("Leighton Andrews","Minister for Public Services","Welsh Government")],
 ann=[("Welsh Government","additional 500 Community Support Officers")],
 stats=[("an additional 500 Community Support Officers",500,"count","additional Community Support Officers the Welsh Government committed to fund","October 2013","Wales","Leighton Andrews"),
        ("76%",76,"percent","respondents who had seen CSOs on patrol","2012","Wales","Universities Police Sciences Institute"),
        ("90%",90,"percent","respondents who had seen CSOs on patrol","2014","Wales","Universities Police Sciences Institute"),
        ("a 29% decrease",29,"percent","decrease in anti-social behaviour",None,"Pwllheli","Leighton Andrews")])
