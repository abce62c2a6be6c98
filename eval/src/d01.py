from lib import *
T = """Written Statement - Safer Communities for All - update on Chapter 7 of the Programme for Government

Lesley Griffiths, Minister for Local Government and Government Business

First published:
19 July 2013

This was published under the 2011 to 2016 administration of the Welsh Government

I wish to update Members on progress in delivering Chapter 7 of our Programme for Government, which gave Community Safety a high priority for this Government term.

One of our top five commitments under the Programme for Government, was to introduce an additional 500 Community Support Officers. I am pleased to report we are on target to reach this deadline much earlier than originally anticipated.  480 CSOs have been recruited with the remainder due to be recruited by September 2013. This is an example of multi-agency working at its best. The Welsh Government, working in partnership with the four Welsh police forces, has introduced an additional resource which is making a real difference to the lives of the people of Wales.

In Autumn 2012, we published a Green Paper consultation which considered what more could be done for those at risk of entering or who are in the Youth Justice system.  I am working with the Deputy Minister for Social Services, to investigate if the elements of legislation for this group of young people could be incorporated into the Social Services and Well-being Bill.  A further welcome outcome of this work will be a new Welsh Government and Youth Justice Board Strategy.

We are working on legislation aimed at tackling all forms of violence against women following the White Paper consultation earlier this year. The Bill will be introduced next Spring and aims to strengthen services by supporting frontline practitioners to deliver the full spectrum of relevant interventions in a more consistent way and to an agreed quality standard.

The implementation of the 10,000 Safer Lives project is paving the way for the Bill.  The project is improving the multi-agency response provided to victims of domestic abuse."""
doc("wg-safer-communities-update-2013",
 "https://www.gov.wales/written-statement-safer-communities-all-update-chapter-7-programme-government (Welsh Government written statement, 2013-07-19; title line taken from the page address, the 'Skip to main content' and 'Last updated:' lines left out; stops inside the 10,000 Safer Lives paragraph after its second sentence)",
 T,
 [("Person","Lesley Griffiths"),
  ("Organisation","Welsh Government","this Government"),
  ("Policy","Programme for Government","our Programme for Government"),
  ("Policy","Safer Communities for All","Chapter 7 of the Programme for Government","Chapter 7 of our Programme for Government"),
  ("Policy","additional 500 Community Support Officers","introduce an additional 500 Community Support Officers"),
  ("Policy","Green Paper consultation"),
  ("Policy","Social Services and Well-being Bill"),
  ("Policy","Welsh Government and Youth Justice Board Strategy","a new Welsh Government and Youth Justice Board Strategy"),
  ("Organisation","Youth Justice Board"),
  ("Policy","legislation aimed at tackling all forms of violence against women","The Bill","the Bill"),
  ("Policy","White Paper consultation"),
  ("Policy","10,000 Safer Lives project","The project"),
  ("Place","Wales")],
 roles=[("Lesley Griffiths","Minister for Local Government and Government Business","Welsh Government")],
 ann=[("Welsh Government","additional 500 Community Support Officers"),
      ("Welsh Government","Green Paper consultation"),
      ("Welsh Government","legislation aimed at tackling all forms of violence against women")],
 stats=[("an additional 500 Community Support Officers",500,"count","additional Community Support Officers committed under the Programme for Government",None,"Wales","Lesley Griffiths"),
        ("480 CSOs",480,"count","Community Support Officers recruited so far","by July 2013","Wales","Lesley Griffiths"),
        ("four Welsh police forces",4,"count","Welsh police forces working in partnership with the Welsh Government",None,"Wales","Lesley Griffiths")])
